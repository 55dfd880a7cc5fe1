namespace Extractor.Html.Evaluation;

/// <summary>What <c>extractor eval-html</c> was asked to score: a snippet benchmark, a folder of fixture pages, or both.</summary>
public sealed record HtmlEvaluationOptions
{
    /// <summary>trafilatura's evaluation set: its .tar.gz or the folder it was unpacked to.</summary>
    public string? BenchmarkPath { get; init; }

    /// <summary>A folder of <c>*.html</c> + <c>*.expected.json</c> pages (corpus/sites, or held-out pages).</summary>
    public string? PagesPath { get; init; }

    /// <summary>A folder of extra site profiles to use beside the bundled ones.</summary>
    public string? ProfilesPath { get; init; }

    public bool Details { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;
}
