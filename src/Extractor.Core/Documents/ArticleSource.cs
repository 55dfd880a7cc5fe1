namespace Extractor.Documents;

/// <summary>Where an article came from and what its page said about itself before any text analysis.</summary>
/// <remarks>Fields other than <see cref="SourceFile"/> are optional hints: an HTML page's metadata, a registered site's province.</remarks>
public sealed record ArticleSource
{
    /// <summary>The input path as the user gave it (or a WARC record address).</summary>
    public required string SourceFile { get; init; }

    public string? Url { get; init; }

    /// <summary>The headline read from page structure (HTML), when known; plain text leaves it to the text analysis.</summary>
    public string? Title { get; init; }

    /// <summary>Publication time read from page metadata, when known.</summary>
    public PublicationTime? Published { get; init; }

    /// <summary>Authors read from page metadata, when known.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The province of the registered site the page comes from, when known.</summary>
    public string? Province { get; init; }

    /// <summary>Problems met while reading the input (bad bytes, unknown encoding …).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
