namespace Extractor.Scraping.Crawling;

/// <summary>A snapshot of a running crawl for progress displays: totals and per-host figures.</summary>
public sealed record CrawlProgress
{
    public int Fetched { get; init; }

    public int Archived { get; init; }

    public int Queued { get; init; }

    public int Errors { get; init; }

    /// <summary>Addresses robots.txt forbids, never requested.</summary>
    public int Disallowed { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<HostProgress> Hosts { get; init; } = [];
}
