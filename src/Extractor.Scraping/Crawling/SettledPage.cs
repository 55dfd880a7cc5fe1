using Extractor.Scraping.Discovery;
using Extractor.Scraping.Warc;

namespace Extractor.Scraping.Crawling;

/// <summary>Everything the crawl database records when a fetched page is settled, written in one transaction.</summary>
internal sealed record SettledPage
{
    public required string Url { get; init; }

    public required UrlState State { get; init; }

    public required PageKind Kind { get; init; }

    public int? Status { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? ContentHash { get; init; }

    public WarcLocation? Location { get; init; }

    /// <summary>The WARC file's length once this page's records are in it.</summary>
    public long CommittedLength { get; init; }

    public DateTimeOffset FetchedAt { get; init; }

    public string? Error { get; init; }

    /// <summary>Other addresses of the same page (its canonical address), recorded as known.</summary>
    public IReadOnlyList<Uri> Aliases { get; init; } = [];

    public IReadOnlyList<QueuedLink> Links { get; init; } = [];
}
