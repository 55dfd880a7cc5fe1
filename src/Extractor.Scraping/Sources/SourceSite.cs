namespace Extractor.Scraping.Sources;

/// <summary>One registered news site: a provincial party newspaper, a party committee portal or a bloc party committee's site, with where a crawl of it starts.</summary>
/// <remarks>Read from one JSON file per site in <c>corpus/sources/</c>, so a user adds a site by adding a file.</remarks>
public sealed record SourceSite
{
    /// <summary>A short unique name ("baophutho"), used by <c>--source</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The site's own name ("Báo Phú Thọ").</summary>
    public string? Title { get; init; }

    /// <summary>The province (or centrally-run city) the site belongs to, as written ("Phú Thọ"); facts from the site carry it.</summary>
    public required string Province { get; init; }

    /// <summary>What kind of publisher it is: "newspaper", "party-portal" or "bloc-committee".</summary>
    public string Kind { get; init; } = "newspaper";

    /// <summary>The site family: the name of the site profile that reads its pages and lists ("generic" when none fits).</summary>
    public string Family { get; init; } = "generic";

    /// <summary>Every host name the site answers on ("baophutho.vn", "m.baophutho.vn").</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>Where a crawl starts (the home page).</summary>
    public IReadOnlyList<string> StartUrls { get; init; } = [];

    /// <summary>Listing or category pages worth starting from (party building, politics …).</summary>
    public IReadOnlyList<string> ListingUrls { get; init; } = [];

    /// <summary>Sitemaps known beyond those robots.txt names.</summary>
    public IReadOnlyList<string> Sitemaps { get; init; } = [];

    /// <summary>RSS or Atom feeds.</summary>
    public IReadOnlyList<string> Feeds { get; init; } = [];

    /// <summary>The file the entry was read from, for messages.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Every address a crawl of this site starts from: start pages, listings, sitemaps and feeds.</summary>
    public IEnumerable<string> Seeds => StartUrls.Concat(ListingUrls).Concat(Sitemaps).Concat(Feeds);
}
