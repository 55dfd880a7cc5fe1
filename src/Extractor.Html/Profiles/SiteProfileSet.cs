using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Html.Profiles;

/// <summary>The site profiles known to an extractor, read from a folder of JSON files, with the rule that picks one for a page.</summary>
/// <remarks>Immutable and thread-safe once loaded. A file that cannot be read is skipped and named in <see cref="Errors"/>, never fatal.</remarks>
public sealed class SiteProfileSet
{
    /// <summary>The environment variable naming an extra folder of profiles (read after the bundled ones, so it can add families).</summary>
    public const string FolderVariable = "EXTRACTOR_PROFILES";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<SiteProfileSet> LazyDefault = new(LoadDefault);

    private readonly (SiteProfile Profile, Regex[] Urls)[] _entries;

    public SiteProfileSet(IEnumerable<SiteProfile> profiles, IEnumerable<string>? errors = null)
    {
        Profiles = profiles.ToList();
        Errors = errors?.ToList() ?? [];
        _entries = Profiles
            .Select(p => (p, p.UrlPatterns.Select(u => new Regex(u, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray()))
            .ToArray();
    }

    /// <summary>No profiles: the generic extractor reads every page.</summary>
    public static SiteProfileSet Empty { get; } = new([]);

    /// <summary>The bundled profiles (the <c>profiles/</c> folder beside the program) plus those in <see cref="FolderVariable"/>.</summary>
    public static SiteProfileSet Default => LazyDefault.Value;

    public IReadOnlyList<SiteProfile> Profiles { get; }

    /// <summary>Files that could not be read as profiles, with the reason.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Reads every <c>*.json</c> file of the folders (missing folders are skipped), in file-name order.</summary>
    public static SiteProfileSet LoadFolders(params string[] folders)
    {
        var profiles = new List<SiteProfile>();
        var errors = new List<string>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    var profile = Parse(File.ReadAllText(file)) with { SourcePath = file };
                    profiles.Add(profile);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or ArgumentException or InvalidDataException)
                {
                    errors.Add($"{file}: not a site profile: {ex.Message}");
                }
            }
        }

        return new SiteProfileSet(profiles, errors);
    }

    /// <summary>Reads one profile from its JSON text.</summary>
    /// <exception cref="JsonException">The text is not a profile.</exception>
    /// <exception cref="InvalidDataException">The profile has no name or an invalid URL pattern.</exception>
    public static SiteProfile Parse(string json)
    {
        var profile = JsonSerializer.Deserialize<SiteProfile>(json, JsonOptions) ?? throw new InvalidDataException("empty profile");
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new InvalidDataException("a profile needs a name");
        }

        foreach (var pattern in profile.UrlPatterns)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"invalid url pattern '{pattern}': {ex.Message}");
            }
        }

        return profile;
    }

    /// <summary>The first profile whose address pattern or markup marker matches the page, or null.</summary>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="page">The parsed page.</param>
    /// <param name="html">
    /// The page's markup, when at hand: a marker whose class names, ids and attribute values do not occur in it cannot
    /// match, so its query over the whole tree is skipped (most pages match no family's markers).
    /// </param>
    public SiteProfile? Match(string? url, IDocument page, string? html = null)
    {
        foreach (var (profile, urls) in _entries)
        {
            if (url is not null && urls.Any(u => SafeIsMatch(u, url)))
            {
                return profile;
            }

            if (profile.Markers.Any(m => SelectorQuery.First(page, m, html) is not null))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="profile"/> names <paramref name="url"/>'s site by its address patterns (not only a family's markup marker).</summary>
    public bool MatchesAddress(SiteProfile profile, string? url) =>
        url is not null && _entries.Any(e => ReferenceEquals(e.Profile, profile) && e.Urls.Any(u => SafeIsMatch(u, url)));

    private static bool SafeIsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static SiteProfileSet LoadDefault()
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "profiles") };
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } extra)
        {
            folders.Add(extra);
        }

        return LoadFolders([.. folders]);
    }
}
