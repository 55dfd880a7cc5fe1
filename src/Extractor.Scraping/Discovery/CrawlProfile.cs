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

    /// <summary>Selectors of the link to an article's or listing's next page, as the site profile's extraction keys name it (<c>nextPage</c>).</summary>
    /// <remarks>The same key the HTML extractor reads to join multi-page articles: on a listing it leads to the next listing page, on an article to the article's continuation, so the crawler follows it as that kind.</remarks>
    public IReadOnlyList<string> NextPage { get; init; } = [];

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
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
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

    /// <summary>True when the profile says anything about discovery (otherwise it is generic discovery under another name).</summary>
    public bool GuidesDiscovery =>
        ArticleLinks.Count + Pagination.Count + NextPage.Count + ArticleUrlPatterns.Count + ListingUrlPatterns.Count + Exclude.Count + Body.Count + LinkScope.Count > 0;

    /// <summary>
    /// The folders a site family's profile is looked up in, in order: <c>EXTRACTOR_PROFILES</c> (so a user can override a
    /// bundled family), the <c>profiles/</c> folder copied beside the program, and the repository's <c>corpus/profiles/</c>
    /// above the working folder (a run from a checkout).
    /// </summary>
    public static IReadOnlyList<string> DefaultFolders()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("EXTRACTOR_PROFILES") is { Length: > 0 } extra)
        {
            folders.Add(extra);
        }

        folders.Add(Path.Combine(AppContext.BaseDirectory, "profiles"));
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "corpus", "profiles");
            if (Directory.Exists(corpus))
            {
                folders.Add(corpus);
                break;
            }
        }

        return folders;
    }

    /// <summary>The profile of a site family (<c>&lt;family&gt;.json</c> in the first folder that has it), or null for "generic" or an unknown family.</summary>
    /// <exception cref="JsonException">The family's file is not a profile.</exception>
    /// <exception cref="InvalidDataException">A pattern in it is invalid.</exception>
    public static CrawlProfile? ForFamily(string? family, IEnumerable<string> folders)
    {
        if (string.IsNullOrWhiteSpace(family) || family.Equals("generic", StringComparison.OrdinalIgnoreCase)
            || family.IndexOfAny(['/', '\\']) >= 0 || family.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, family + ".json");
            if (File.Exists(path))
            {
                return Load(path);
            }
        }

        return null;
    }
}
