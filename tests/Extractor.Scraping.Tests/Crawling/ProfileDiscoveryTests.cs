using Extractor.Scraping.Crawling;
using Extractor.Scraping.Discovery;
using Extractor.Scraping.Sources;
using Extractor.Scraping.Tests.Fixtures;
using Extractor.Testing;
using Microsoft.AspNetCore.Http;

namespace Extractor.Scraping.Tests.Crawling;

/// <summary>Issue 7: a site family's profile (corpus/profiles/*.json) drives discovery: its article-link, pagination and nextPage selectors, its body selectors and exclusions.</summary>
public sealed class ProfileDiscoveryTests
{
    private static readonly string ProfilesFolder = Path.Combine(RepositoryPaths.Corpus, "profiles");

    /// <summary>A DotNetNuke-style portal whose addresses say nothing: articles and further listing pages are known only by where their links sit.</summary>
    private static Task Portal(HttpContext context)
    {
        var item = context.Request.Query["ItemID"].ToString();
        var page = context.Request.Query["trang"].ToString();
        return (context.Request.Path.Value, item, page) switch
        {
            ("/robots.txt", _, _) => context.Response.WriteAsync("User-agent: *\nAllow: /\n"),
            ("/tabid/120/Default.aspx", "", "") => MiniSite.Html(context, List(["a", "b"], "/tabid/120/Default.aspx?trang=sau")),
            ("/tabid/120/Default.aspx", "", "sau") => MiniSite.Html(context, List(["c"], null)),
            ("/tabid/120/Default.aspx", { Length: > 0 }, "") => MiniSite.Html(context,
                $"<div id='dnn_ContentPane'><div class='news-detail'><h1 class='title'>Tin {item}</h1><p>Hội nghị sơ kết quý I.</p></div>"
                + (item == "a" ? "<div class='pagination'><a class='next' href='/tabid/120/Default.aspx?ItemID=a2'>Xem</a></div>" : "")
                + "<a href='/tabid/120/ctl/print/Default.aspx'>In</a></div>"),
            _ => NotFound(context),
        };
    }

    private static string List(string[] items, string? next) =>
        "<nav><a href='/tabid/1/Default.aspx'>Trang chủ</a></nav><div class='list-news'>"
        + string.Concat(items.Select(i => $"<div class='news-item'><h3><a href='/tabid/120/Default.aspx?ItemID={i}'>Tin {i}</a></h3></div>"))
        + "</div>" + (next is null ? "" : $"<div class='pagination'><a href='{next}'>Xem thêm tin</a></div>");

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static CrawlOptions Options(string start, string folder) => new()
    {
        StartUrls = [start],
        OutputFolder = folder,
        Delay = TimeSpan.FromMilliseconds(5),
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        ProgressInterval = TimeSpan.FromMilliseconds(100),
    };

    [Fact]
    public async Task A_registered_sites_family_profile_finds_articles_and_pages_that_generic_discovery_cannot_tell()
    {
        await using var site = await MiniSite.StartAsync(Portal);
        var start = site.Url("/tabid/120/Default.aspx");
        var registry = new SourceRegistry([new SourceSite { Name = "tanlap", Province = "Tân Lập", Family = "dnn-portal", Hosts = ["127.0.0.1"], StartUrls = [start] }]);
        var targets = CrawlTargets.Resolve([], ["tanlap"], null, registry);
        var profiles = targets.HostFamilies.ToDictionary(p => p.Key, p => CrawlProfile.ForFamily(p.Value, [ProfilesFolder])!);
        using var withProfile = new CrawlFolder();
        using var generic = new CrawlFolder();

        await new Crawler(Options(start, withProfile.Path) with { StartUrls = targets.StartUrls, HostProfiles = profiles }).RunAsync();
        await new Crawler(Options(start, generic.Path)).RunAsync();

        targets.HostFamilies.Should().ContainKey("127.0.0.1").WhoseValue.Should().Be("dnn-portal");
        withProfile.ArchivedArticlePaths().Should().BeEquivalentTo(
            ["/tabid/120/Default.aspx?ItemID=a", "/tabid/120/Default.aspx?ItemID=a2", "/tabid/120/Default.aspx?ItemID=b", "/tabid/120/Default.aspx?ItemID=c"],
            "articleLinks name the articles, pagination the second listing page, nextPage the article's second page, body the detail view");
        generic.ArchivedArticlePaths().Should().BeEmpty("short detail pages at article-less addresses do not look like articles to generic discovery");
        site.Paths.Should().NotContain(p => p.Contains("/ctl/print/", StringComparison.Ordinal), "the profile excludes print views");
        Extractor.Testing.WarcValidator.Validate(withProfile.WarcFiles()).Should().BeEmpty();
    }

    [Fact]
    public void Reads_the_crawl_keys_of_every_bundled_profile_and_takes_nextPage_as_a_continuation()
    {
        foreach (var file in Directory.GetFiles(ProfilesFolder, "*.json"))
        {
            var profile = CrawlProfile.Load(file);
            profile.GuidesDiscovery.Should().BeTrue(file);
            profile.ArticleLinks.Should().NotBeEmpty(file);
        }

        var dnn = CrawlProfile.ForFamily("dnn-portal", [ProfilesFolder])!;
        var analyzer = new PageAnalyzer(dnn);
        var listing = analyzer.Analyze(File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "sites", "dnn-portal", "list.html")), "utf-8", new Uri("https://tanlap.gov.vn/tabid/120/Default.aspx"));

        listing.Links.Should().Contain(l => l.Url.AbsoluteUri == "https://tanlap.gov.vn/tabid/120/tin-1001.html" && l.Kind == PageKind.Article);
        listing.Links.Should().Contain(l => l.Url.AbsoluteUri == "https://tanlap.gov.vn/tabid/120/list-2.html" && l.Kind == PageKind.Listing);
        CrawlProfile.ForFamily("generic", [ProfilesFolder]).Should().BeNull();
        CrawlProfile.ForFamily("../sources/baophutho", [ProfilesFolder]).Should().BeNull("a family is a name, not a path");
    }
}
