namespace Extractor.Scraping.Discovery;

/// <summary>What the crawler reads from a fetched HTML page: its canonical address, whether it is an article, its date, and the links to follow.</summary>
public sealed record PageAnalysis
{
    /// <summary>The page's &lt;link rel=canonical&gt; (or og:url), canonicalized, when it names a same-scope address.</summary>
    public Uri? Canonical { get; init; }

    public bool IsArticle { get; init; }

    /// <summary>The publication time from page metadata (article:published_time, JSON-LD datePublished …), when given.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>True when the page asks robots not to follow its links (meta robots nofollow).</summary>
    public bool NoFollow { get; init; }

    public IReadOnlyList<DiscoveredLink> Links { get; init; } = [];
}
