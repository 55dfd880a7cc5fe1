namespace Extractor.Scraping.Fetching;

/// <summary>Limits and identity of an <see cref="HttpFetcher"/>.</summary>
public sealed record FetcherOptions
{
    /// <summary>The honest default: who we are and how to reach whoever runs the crawl.</summary>
    public const string DefaultUserAgent =
        "ExtractorCrawler/1.0 (+https://github.com/extractor-project/extractor; research archive of provincial party news; contact: extractor-crawl@proton.me)";

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>The longest a whole request may take, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bodies larger than this on the wire are abandoned.</summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>A body whose decoded form grows past this is refused (a gzip bomb guard).</summary>
    public long MaxDecodedBytes { get; init; } = 50L * 1024 * 1024;
}
