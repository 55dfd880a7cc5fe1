namespace Extractor.Scraping.Discovery;

/// <summary>What a crawled address is (or is expected to be), which decides its place in the queue and what is read from it.</summary>
public enum PageKind
{
    /// <summary>A start address given by the user or the registry.</summary>
    Seed,

    /// <summary>A page listing articles: a category page or one of its pages (pagination).</summary>
    Listing,

    /// <summary>An article page.</summary>
    Article,

    /// <summary>Any other page of the site.</summary>
    Page,

    /// <summary>A sitemap or sitemap index.</summary>
    Sitemap,

    /// <summary>An RSS or Atom feed.</summary>
    Feed,

    /// <summary>The site's robots.txt.</summary>
    Robots,
}
