namespace Extractor.Scraping.Fetching;

/// <summary>Limits and identity of an <see cref="HttpFetcher"/>.</summary>
public sealed record FetcherOptions
{
    /// <summary>The environment variable that sets the contact (an e-mail or URL of whoever runs the crawl) when <c>--contact</c> is not given.</summary>
    public const string ContactVariable = "EXTRACTOR_CRAWL_CONTACT";

    /// <summary>What the User-Agent says when nobody has set a contact: the truth, rather than an address nobody reads.</summary>
    public const string NoContact = "operator contact not configured";

    /// <summary>The honest default: who we are, what we do, and how to reach whoever runs the crawl.</summary>
    public static string DefaultUserAgent => UserAgentFor(Environment.GetEnvironmentVariable(ContactVariable));

    /// <summary>True when a contact is configured through <see cref="ContactVariable"/>.</summary>
    public static bool HasDefaultContact => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ContactVariable));

    /// <summary>The User-Agent naming the crawler, its purpose and the operator's contact.</summary>
    /// <remarks>Site owners blocking or asking us to slow down need a person, not a library name: the contact is the operator's, configurable (<c>--contact</c>, <see cref="ContactVariable"/>); docs/crawler.md tells operators to set it.</remarks>
    public static string UserAgentFor(string? contact)
    {
        var reach = string.IsNullOrWhiteSpace(contact) ? NoContact : contact.Trim().Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal);
        reach = new string(reach.Where(c => !char.IsControl(c)).ToArray());
        return $"ExtractorCrawler/1.0 (research archive of provincial party news; contact: {reach})";
    }

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>The longest a whole request may take, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bodies larger than this on the wire are abandoned.</summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>A body whose decoded form grows past this is refused (a gzip bomb guard).</summary>
    public long MaxDecodedBytes { get; init; } = 50L * 1024 * 1024;
}
