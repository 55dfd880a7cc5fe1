namespace Extractor.Scraping.Sources;

/// <summary>What a crawl starts from once <c>--source</c>/<c>--province</c> are looked up: start addresses, extra hosts, the province and the site family.</summary>
public sealed record CrawlTargets(IReadOnlyList<string> StartUrls, IReadOnlyList<string> ExtraHosts, string? Province, string? Family, IReadOnlyList<SourceSite> Sites)
{
    /// <summary>The site family of every host of the registered sites crawled (named, or matched by a start address), families other than "generic" only.</summary>
    /// <remarks>Per host, so that a crawl of a whole province reads each site with its own profile.</remarks>
    public IReadOnlyDictionary<string, string> HostFamilies { get; init; } = new Dictionary<string, string>();

    /// <summary>Combines addresses given directly with the registry's sites named by source or province.</summary>
    /// <exception cref="ArgumentException">A source or province is not in the registry.</exception>
    public static CrawlTargets Resolve(IEnumerable<string> urls, IEnumerable<string> sources, string? province, SourceRegistry registry)
    {
        var sites = new List<SourceSite>();
        foreach (var name in sources)
        {
            sites.Add(registry.Find(name) ?? throw new ArgumentException($"no registered source named '{name}' (see corpus/sources/)"));
        }

        if (!string.IsNullOrWhiteSpace(province))
        {
            var found = registry.ForProvince(province);
            if (found.Count == 0)
            {
                throw new ArgumentException($"no registered source for the province '{province}' (see corpus/sources/)");
            }

            sites.AddRange(found);
        }

        var direct = urls.ToList();
        var starts = direct.Concat(sites.SelectMany(s => s.Seeds)).Distinct(StringComparer.Ordinal).ToList();
        var hosts = sites.SelectMany(s => s.Hosts).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var provinces = sites.Select(s => s.Province).Concat(direct.Select(u => registry.ForUrl(u)?.Province).OfType<string>()).Distinct().ToList();
        var families = sites.Select(s => s.Family).Concat(direct.Select(u => registry.ForUrl(u)?.Family).OfType<string>()).Distinct().ToList();
        var hostFamilies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var site in sites.Concat(direct.Select(registry.ForUrl).OfType<SourceSite>()))
        {
            if (string.IsNullOrWhiteSpace(site.Family) || site.Family.Equals("generic", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var host in site.Hosts.Concat(site.Seeds.Select(s => Uri.TryCreate(s, UriKind.Absolute, out var u) ? u.Host : null).OfType<string>()))
            {
                hostFamilies.TryAdd(host, site.Family);
            }
        }

        return new CrawlTargets(starts, hosts, provinces.Count == 1 ? provinces[0] : null, families.Count == 1 ? families[0] : null, sites) { HostFamilies = hostFamilies };
    }
}
