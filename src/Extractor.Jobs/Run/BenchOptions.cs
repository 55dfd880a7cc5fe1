namespace Extractor.Jobs.Run;

/// <summary>What <c>extractor bench</c> measures: how many generated pages of which kind, on how many workers.</summary>
public sealed record BenchOptions
{
    /// <summary>HTML pages in the generated archive (0 skips the HTML measurement).</summary>
    public int HtmlPages { get; init; } = 2000;

    /// <summary>Text articles in the generated archive (0 skips the text measurement).</summary>
    public int TextArticles { get; init; } = 10000;

    /// <summary>Size each HTML page is padded to with page furniture.</summary>
    public int PageBytes { get; init; } = 100 * 1024;

    /// <summary>Words per generated text article.</summary>
    public int ArticleWords { get; init; } = 600;

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public ExtractorSet Extractors { get; init; } = ExtractorSet.RulesAndMl;

    /// <summary>Also index into <c>facts.db</c>, as <c>extractor run</c> does.</summary>
    public bool WriteStore { get; init; } = true;

    /// <summary>Where the archive and outputs go; null uses a temporary folder deleted afterwards.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>The corpus the archive is built from; null finds <c>corpus/</c> above the working folder or program.</summary>
    public string? CorpusDirectory { get; init; }

    public int Seed { get; init; } = 20240312;

    /// <summary>Time these HTML pages (an outside set of real pages) instead of generating them; <see cref="HtmlPages"/> is then ignored.</summary>
    public string? HtmlDirectory { get; init; }

    /// <summary>Time these text articles (an outside set) instead of generating them; <see cref="TextArticles"/> is then ignored.</summary>
    public string? TextDirectory { get; init; }
}
