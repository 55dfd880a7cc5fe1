using Extractor.Documents;

namespace Extractor.Html.Metadata;

/// <summary>What a page's head, JSON-LD and microdata say about the article, before its visible text is read.</summary>
internal sealed record PageMetadata
{
    public string? CanonicalUrl { get; init; }

    public string? OpenGraphTitle { get; init; }

    public string? JsonLdHeadline { get; init; }

    public string? HtmlTitle { get; init; }

    public string? SiteName { get; init; }

    public PublicationTime? Published { get; init; }

    /// <summary>When the page was last changed (JSON-LD dateModified, article:modified_time); only read against <see cref="Published"/>.</summary>
    public PublicationTime? Modified { get; init; }

    /// <summary>Authors from JSON-LD persons and microdata.</summary>
    public IReadOnlyList<string> StructuredAuthors { get; init; } = [];

    /// <summary>Authors from &lt;meta name="author"&gt; and the like (often the site's name on Vietnamese sites, so weaker).</summary>
    public IReadOnlyList<string> MetaAuthors { get; init; } = [];

    public string? NextPageUrl { get; init; }
}
