namespace Extractor.Scraping.Fetching;

/// <summary>Limits and identity of an <see cref="HttpFetcher"/>.</summary>
public sealed record FetcherOptions
{
    /// <summary>Where a site owner reads what the crawler is and why (the project's crawler page); always in the User-Agent.</summary>
    public const string ProjectUrl = "https://github.com/extractor-vn/extractor/blob/main/docs/crawler.md";

    /// <summary>The environment variable that sets the contact (an e-mail or URL of whoever runs the crawl) when <c>--contact</c> is not given.</summary>
    public const string ContactVariable = "EXTRACTOR_CRAWL_CONTACT";

    /// <summary>The honest default: who we are, where to read about us, and how to reach whoever runs the crawl (the project page until a contact is set).</summary>
    public static string DefaultUserAgent => UserAgentFor(Environment.GetEnvironmentVariable(ContactVariable));

    /// <summary>The User-Agent naming the project page and the operator's contact; a blank contact falls back to the project page.</summary>
    /// <remarks>Site owners blocking or asking us to slow down need a person, not a library name: the contact is the operator's, configurable (<c>--contact</c>, <see cref="ContactVariable"/>).</remarks>
    public static string UserAgentFor(string? contact)
    {
        var reach = string.IsNullOrWhiteSpace(contact) ? ProjectUrl : contact.Trim().Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal);
        reach = new string(reach.Where(c => !char.IsControl(c)).ToArray());
        return $"ExtractorCrawler/1.0 (+{ProjectUrl}; research archive of provincial party news; contact: {reach})";
    }

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>The longest a whole request may take, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bodies larger than this on the wire are abandoned.</summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>A body whose decoded form grows past this is refused (a gzip bomb guard).</summary>
    public long MaxDecodedBytes { get; init; } = 50L * 1024 * 1024;
}
