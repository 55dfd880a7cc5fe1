namespace Extractor.Html.Evaluation;

/// <summary>How one fixture page fared: each checked property right or wrong (null when the expectation does not check it).</summary>
public sealed record PageCheck
{
    public required string Page { get; init; }

    public bool? Title { get; init; }

    public bool? Published { get; init; }

    public bool? Authors { get; init; }

    /// <summary>The body's first and last sentences are both in the extracted body.</summary>
    public bool? FirstAndLast { get; init; }

    /// <summary>None of the page's boilerplate is in the extracted body.</summary>
    public bool? NoBoilerplate { get; init; }

    public bool? Captions { get; init; }

    public bool? NextPage { get; init; }

    /// <summary>What was wrong, in words.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
