using Extractor.Scraping.Fetching;
using Extractor.Scraping.Politeness;
using Polly;

namespace Extractor.Scraping.Crawling;

/// <summary>What a crawl keeps per host while it runs: the pace, the retry and circuit-breaker pipeline, robots.txt per origin, counters.</summary>
internal sealed class HostState(string host, HostThrottle throttle, ResiliencePipeline<FetchResult> pipeline)
{
    public string Host { get; } = host;

    public HostThrottle Throttle { get; } = throttle;

    public ResiliencePipeline<FetchResult> Pipeline { get; } = pipeline;

    /// <summary>robots.txt rules by origin ("https://example.vn:443").</summary>
    public Dictionary<string, RobotsTxt> Robots { get; } = new(StringComparer.Ordinal);

    /// <summary>The Crawl-delay robots.txt asks of us, if any.</summary>
    public TimeSpan? CrawlDelay { get; set; }

    public int RobotsFailures { get; set; }

    public int Archived;

    public int Errors;

    public string State { get; set; } = "starting";

    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;
}
