namespace Extractor.Scraping.Crawling;

/// <summary>What a crawl run did: requests, pages archived, what was refused or failed, and whether the frontier is empty.</summary>
public sealed record CrawlSummary
{
    public int Requests { get; init; }

    public int Archived { get; init; }

    public int NotModified { get; init; }

    public int Duplicates { get; init; }

    public int Disallowed { get; init; }

    public int Skipped { get; init; }

    public int Failed { get; init; }

    /// <summary>Pages recovered from the archive after a killed run (written there, not yet in the database).</summary>
    public int Recovered { get; init; }

    /// <summary>Addresses still queued (the page limit was reached, the run was stopped, or a host was held off).</summary>
    public int Queued { get; init; }

    /// <summary>The shortest gap seen between two requests to the same host.</summary>
    public TimeSpan? MinimumGap { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<string> WarcFiles { get; init; } = [];

    public bool Complete => Queued == 0;
}
