namespace Extractor.Scraping.Crawling;

/// <summary>Where an address stands in the crawl database.</summary>
public enum UrlState
{
    Queued = 0,

    /// <summary>Fetched and settled (archived, not modified, or a redirect recorded).</summary>
    Done = 1,

    /// <summary>Gave an error after retries; asked again on the next crawl of the folder.</summary>
    Failed = 2,

    /// <summary>Not a page the crawler reads (its content type), or out of scope.</summary>
    Skipped = 3,

    /// <summary>Forbidden by robots.txt; never requested.</summary>
    Disallowed = 4,

    /// <summary>The same page as one already archived (by canonical address or content hash).</summary>
    Duplicate = 5,
}
