namespace Extractor.Html.Evaluation;

/// <summary>The score of body extraction on a snippet benchmark (trafilatura's evaluation set): snippets that must and must not be extracted.</summary>
public sealed record SnippetBenchmarkReport
{
    public int Pages { get; init; }

    /// <summary>"with" snippets found in the extracted body.</summary>
    public int TruePositives { get; init; }

    /// <summary>"without" snippets found in the extracted body.</summary>
    public int FalsePositives { get; init; }

    /// <summary>"with" snippets missing from the extracted body.</summary>
    public int FalseNegatives { get; init; }

    /// <summary>"without" snippets absent from the extracted body.</summary>
    public int TrueNegatives { get; init; }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => Pages == 0 ? 0 : (double)(TruePositives + TrueNegatives) / (TruePositives + TrueNegatives + FalsePositives + FalseNegatives);

    /// <summary>Mean milliseconds per page for bytes to article, on the threads that ran it.</summary>
    public double MillisecondsPerPage { get; init; }

    /// <summary>Per page: the snippets missed and the boilerplate let through (pages with neither are left out).</summary>
    public IReadOnlyList<SnippetPageResult> Details { get; init; } = [];
}

/// <summary>One benchmark page's misses (wanted snippets not extracted) and extras (boilerplate extracted).</summary>
public sealed record SnippetPageResult(string File, string Url, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra);
