using System.Text.Json;
using Extractor.Normalization;

namespace Extractor.Scraping.Sources;

/// <summary>The registered news sites, read from a folder of JSON files (one per site), looked up by name, province or host.</summary>
/// <remarks>Immutable and thread-safe once loaded. A file that cannot be read is skipped and named in <see cref="Errors"/>.</remarks>
public sealed class SourceRegistry
{
    /// <summary>The environment variable naming an extra folder of source files (read after the bundled ones).</summary>
    public const string FolderVariable = "EXTRACTOR_SOURCES";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<SourceRegistry> LazyDefault = new(LoadDefault);

    private readonly Dictionary<string, SourceSite> _byHost = new(StringComparer.OrdinalIgnoreCase);

    public SourceRegistry(IEnumerable<SourceSite> sites, IEnumerable<string>? errors = null)
    {
        Sites = sites.ToList();
        Errors = errors?.ToList() ?? [];
        foreach (var site in Sites)
        {
            foreach (var host in site.Hosts.Concat(site.Seeds.Select(HostOf)).OfType<string>())
            {
                _byHost.TryAdd(BareHost(host), site);
            }
        }
    }

    public static SourceRegistry Empty { get; } = new([]);

    /// <summary>The bundled registry (the <c>sources/</c> folder beside the program) plus the folder in <see cref="FolderVariable"/>.</summary>
    public static SourceRegistry Default => LazyDefault.Value;

    public IReadOnlyList<SourceSite> Sites { get; }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>Reads every <c>*.json</c> file of the folders, in file-name order; missing folders are skipped.</summary>
    public static SourceRegistry LoadFolders(params string[] folders)
    {
        var sites = new List<SourceSite>();
        var errors = new List<string>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    sites.Add(Parse(File.ReadAllText(file)) with { SourcePath = file });
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
                {
                    errors.Add($"{file}: not a source entry: {ex.Message}");
                }
            }
        }

        return new SourceRegistry(sites, errors);
    }

    /// <summary>Reads one entry from its JSON text.</summary>
    /// <exception cref="JsonException">The text is not JSON of the right shape.</exception>
    /// <exception cref="InvalidDataException">The entry lacks a name, a province or a start address.</exception>
    public static SourceSite Parse(string json)
    {
        var site = JsonSerializer.Deserialize<SourceSite>(json, JsonOptions) ?? throw new InvalidDataException("empty entry");
        if (string.IsNullOrWhiteSpace(site.Name) || string.IsNullOrWhiteSpace(site.Province))
        {
            throw new InvalidDataException("a source needs a name and a province");
        }

        if (!site.Seeds.Any())
        {
            throw new InvalidDataException("a source needs at least one start, listing, sitemap or feed address");
        }

        foreach (var url in site.Seeds)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InvalidDataException($"not an http(s) address: '{url}'");
            }
        }

        return site;
    }

    /// <summary>The site with this name (case-insensitive, diacritics ignored), or null.</summary>
    public SourceSite? Find(string name) =>
        Sites.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? Sites.FirstOrDefault(s => SearchKey.Of(s.Title) == SearchKey.Of(name));

    /// <summary>The sites of a province ("Phú Thọ", "phu tho", "Phu Tho" all match).</summary>
    public IReadOnlyList<SourceSite> ForProvince(string province)
    {
        var key = ProvinceKey(province);
        return Sites.Where(s => ProvinceKey(s.Province) == key).ToList();
    }

    /// <summary>The registered site a page address belongs to (by host, ignoring "www." and "m."), or null.</summary>
    public SourceSite? ForUrl(string? url)
    {
        var host = HostOf(url);
        return host is not null && _byHost.TryGetValue(BareHost(host), out var site) ? site : null;
    }

    private static string ProvinceKey(string province)
    {
        var key = SearchKey.Of(province);
        foreach (var prefix in new[] { "tinh ", "thanh pho ", "tp. ", "tp " })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                key = key[prefix.Length..];
            }
        }

        return key.Replace("-", " ", StringComparison.Ordinal).Trim();
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;

    private static string BareHost(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        foreach (var prefix in new[] { "www.", "m." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') > 1)
            {
                return host[prefix.Length..];
            }
        }

        return host;
    }

    private static SourceRegistry LoadDefault()
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "sources") };
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } extra)
        {
            folders.Add(extra);
        }

        return LoadFolders([.. folders]);
    }
}
