using Extractor.Scraping.Discovery;
using Extractor.Scraping.Fetching;
using Extractor.Scraping.Urls;

namespace Extractor.Scraping.Crawling;

/// <summary>What a crawl starts from, where it archives, and how politely it goes.</summary>
/// <remarks>Immutable. The defaults are the polite ones: one request at a time per host, a second apart, robots.txt obeyed.</remarks>
public sealed record CrawlOptions
{
    /// <summary>Start addresses (home pages, listings, sitemaps, feeds).</summary>
    public required IReadOnlyList<string> StartUrls { get; init; }

    /// <summary>The crawl folder: crawl.db (frontier, visited set, offsets) and warc/ (the archive).</summary>
    public required string OutputFolder { get; init; }

    /// <summary>How to find articles on every site of the crawl (<c>--profile FILE</c>); generic discovery when null and no host has its own.</summary>
    public CrawlProfile? Profile { get; init; }

    /// <summary>Profiles by host (without "www."/"m."), from each registered site's family; a host named here is read with its own profile instead of <see cref="Profile"/>.</summary>
    /// <remarks>Per host, because one crawl (<c>--province</c>) may span sites built on different systems.</remarks>
    public IReadOnlyDictionary<string, CrawlProfile> HostProfiles { get; init; } = new Dictionary<string, CrawlProfile>();

    /// <summary>Stop after this many pages have been fetched in this crawl (the current pass over the folder), when set.</summary>
    public int? MaxPages { get; init; }

    /// <summary>The least time between the end of one request to a host and the start of the next; a larger Crawl-delay wins.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Articles dated before this (by sitemap, feed or page metadata) are not fetched or not followed.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>On a re-crawl of a finished folder, ask archived articles again too (conditional GET), not only hub pages.</summary>
    public bool RecheckArticles { get; init; } = true;

    /// <summary>Extra hosts the crawl may enter besides those of the start addresses (a registered site's other host names).</summary>
    public IReadOnlyList<string> ExtraHosts { get; init; } = [];

    /// <summary>The province of the registered site crawled, written into the WARC records for the record.</summary>
    public string? Province { get; init; }

    public FetcherOptions Fetcher { get; init; } = new();

    /// <summary>
    /// Says whether a host is private (loopback, LAN, link-local). The crawler refuses private hosts other than the
    /// start hosts the user named, so a public site cannot steer it into a private network (by redirect or by DNS).
    /// </summary>
    /// <remarks>On by default (<see cref="AddressGuard.IsPrivateHostAsync"/>). Tests, whose sites all live on 127.0.0.1, replace it to play a public site on loopback.</remarks>
    public Func<string, CancellationToken, Task<bool>> IsPrivateHost { get; init; } = AddressGuard.IsPrivateHostAsync;

    /// <summary>The product token matched against robots.txt user-agent lines.</summary>
    public string RobotsToken { get; init; } = "ExtractorCrawler";

    /// <summary>Retries of one request on timeouts, 5xx and 429 (exponential backoff with jitter from <see cref="RetryBaseDelay"/>).</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Retry-After waits up to this long are waited out in the run; longer ones defer the address (and hold the host off).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a failing host's circuit stays open.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to hold off a host whose robots.txt answers 5xx before asking again; after three tries the host is left for a later run.</summary>
    public TimeSpan RobotsHoldOff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Redirect hops followed from one address.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Links deeper than this from a start address are not followed.</summary>
    public int MaxDepth { get; init; } = 50;

    /// <summary>Hosts crawled at the same time (each still one request at a time).</summary>
    public int MaxParallelHosts { get; init; } = 4;

    /// <summary>A WARC file that reaches this size is closed and a new one begun.</summary>
    public long MaxWarcBytes { get; init; } = 1L << 30;

    /// <summary>How often a progress snapshot is raised.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);
}
