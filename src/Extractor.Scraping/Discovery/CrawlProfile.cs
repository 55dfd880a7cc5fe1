using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Scraping.Discovery;

/// <summary>How to find articles on one site family: selectors for article links and pagination, address patterns for articles, listings and pages to leave alone.</summary>
/// <remarks>
/// Read from JSON (<c>--profile FILE</c>, or the registry family's file in the profiles folder); the keys live beside a
/// site profile's extraction selectors in the same file, and every key is optional: what is missing falls back to
/// generic discovery (same-host, article-like links).
/// </remarks>
public sealed record CrawlProfile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string Name { get; init; } = "generic";

    /// <summary>Selectors of the links to articles on a listing page ("h3.title a", ".news-list a.title").</summary>
    public IReadOnlyList<string> ArticleLinks { get; init; } = [];

    /// <summary>Selectors of the links to further pages of a listing (".pagination a", "a.next").</summary>
    public IReadOnlyList<string> Pagination { get; init; } = [];

    /// <summary>Regular expressions over addresses that are articles.</summary>
    public IReadOnlyList<string> ArticleUrlPatterns { get; init; } = [];

    /// <summary>Regular expressions over addresses that are listings (categories).</summary>
    public IReadOnlyList<string> ListingUrlPatterns { get; init; } = [];

    /// <summary>Regular expressions over addresses never to fetch (search, print views, logins).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Selectors of the article body, as in the site profile: a page where one matches is an article.</summary>
    public IReadOnlyList<string> Body { get; init; } = [];

    /// <summary>When set, only links inside these elements are followed (the main column, not the menus).</summary>
    public IReadOnlyList<string> LinkScope { get; init; } = [];

    /// <summary>Generic discovery only.</summary>
    public static CrawlProfile Generic { get; } = new();

    /// <exception cref="JsonException">The file is not JSON of the right shape.</exception>
    /// <exception cref="InvalidDataException">A pattern is not a valid regular expression.</exception>
    public static CrawlProfile Parse(string json)
    {
        var profile = JsonSerializer.Deserialize<CrawlProfile>(json, JsonOptions) ?? Generic;
        foreach (var pattern in profile.ArticleUrlPatterns.Concat(profile.ListingUrlPatterns).Concat(profile.Exclude))
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(50));
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"invalid pattern '{pattern}': {ex.Message}");
            }
        }

        return profile;
    }

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="JsonException">The file is not a profile.</exception>
    /// <exception cref="InvalidDataException">A pattern is invalid.</exception>
    public static CrawlProfile Load(string path) => Parse(File.ReadAllText(path));
}
