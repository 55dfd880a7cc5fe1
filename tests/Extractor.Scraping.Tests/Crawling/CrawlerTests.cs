using Extractor.Scraping.Crawling;
using Extractor.Scraping.Fetching;
using Extractor.Scraping.Tests.Fixtures;
using Extractor.Scraping.Warc;

namespace Extractor.Scraping.Tests.Crawling;

public sealed class CrawlerTests(FullCrawl crawl) : IClassFixture<FullCrawl>
{
    [Fact]
    public void Archives_every_allowed_article_exactly_once_and_requests_nothing_robots_forbids()
    {
        var (site, folder, summary) = (crawl.Site, crawl.Folder, crawl.Summary);

        summary.Complete.Should().BeTrue();
        var archived = folder.ArchivedArticlePaths();
        archived.Should().OnlyHaveUniqueItems();
        archived.Should().BeEquivalentTo(TestSite.AllowedArticles);
        site.Requests.Should().NotContain(r => r.PathAndQuery.StartsWith("/rieng-tu/", StringComparison.Ordinal) || r.PathAndQuery.EndsWith(".pdf", StringComparison.Ordinal));
        site.Requests.Should().OnlyContain(r => r.UserAgent.Contains("contact", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_at_least_the_delay_between_requests_and_waits_out_Retry_After()
    {
        var (site, folder, summary) = (crawl.Site, crawl.Folder, crawl.Summary);

        var times = site.Requests.Select(r => r.Time).Order().ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        gaps.Min().Should().BeGreaterThanOrEqualTo(CrawlFolder.Delay - TimeSpan.FromMilliseconds(3));
        summary.MinimumGap.Should().BeGreaterThanOrEqualTo(CrawlFolder.Delay);

        foreach (var path in new[] { "/tin/bai-qua-tai-tam-thoi-2002.html", "/tin/bai-gioi-han-toc-do-2003.html" })
        {
            var hits = site.Requests.Where(r => r.PathAndQuery == path).Select(r => r.Time).ToList();
            hits.Should().HaveCountGreaterThan(1);
            (hits[1] - hits[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(990), "Retry-After: 1 holds the request (and the host) off");
            var afterRefusal = site.Requests.Select(r => r.Time).Where(t => t > hits[0]).Min();
            (afterRefusal - hits[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(990), "the whole host is held off");
        }
    }

    [Fact]
    public void Writes_an_archive_that_a_strict_WARC_1_1_check_accepts()
    {
        var problems = Extractor.Testing.WarcValidator.Validate(crawl.Folder.WarcFiles(), out var records);

        problems.Should().BeEmpty();
        records.Count(r => r.Type == "response").Should().BeGreaterThan(TestSite.AllowedArticles.Count);
        records.Where(r => r.Type == "request").Should().OnlyContain(r => r.Fields.ContainsKey("WARC-Concurrent-To"));
    }

    [Theory]
    [InlineData("/tin/bai-loi-may-chu-2004.html", 4)]
    [InlineData("/tin/bai-lan-dau-het-gio-2005.html", 2)]
    [InlineData("/tin/bai-tra-loi-cham-2001.html", 1)]
    [InlineData("/chuyen-huong/vong-a", 1)]
    [InlineData("/chuyen-huong/vong-b", 1)]
    [InlineData("/tin/bai-gzip-hong-2009.html", 1)]
    [InlineData("/tin/bai-qua-lon-2010.html", 1)]
    [InlineData("/tin/bai-bom-gzip-2011.html", 1)]
    [InlineData("/tai-lieu/nghi-quyet", 1)]
    [InlineData("/tin/ban-sao-cua-bai-mot-2012.html", 1)]
    public void Retries_only_what_is_worth_retrying(string path, int requests)
    {
        var site = crawl.Site;

        site.HitsOf(path).Should().Be(requests);
    }

    [Fact]
    public void Archives_no_broken_oversized_duplicate_or_non_HTML_page()
    {
        var (site, folder, summary) = (crawl.Site, crawl.Folder, crawl.Summary);

        var responses = folder.Records().Where(r => r.Type == "response").Select(r => new Uri(r.TargetUri!).AbsolutePath).ToList();
        responses.Should().NotContain(["/tin/bai-gzip-hong-2009.html", "/tin/bai-qua-lon-2010.html", "/tin/bai-bom-gzip-2011.html", "/tai-lieu/nghi-quyet", "/tin/bai-loi-may-chu-2004.html"]);
        responses.Should().NotContain("/tin/ban-sao-cua-bai-mot-2012.html");
        folder.Records().Should().Contain(r => r.Type == "revisit" && r.TargetUri!.EndsWith("/tin/ban-sao-cua-bai-mot-2012.html", StringComparison.Ordinal));
        summary.Failed.Should().Be(4);
        summary.Duplicates.Should().Be(1);
        site.Requests.Should().NotContain(r => r.PathAndQuery.Contains("passwd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Goes_on_after_an_abrupt_stop_without_losing_or_repeating_a_page()
    {
        await using var site = await TestSite.StartAsync();
        using var folder = new CrawlFolder();
        using var stop = new CancellationTokenSource();
        var first = new Crawler(folder.Options(site));
        var archived = 0;
        first.Event += e =>
        {
            if (e.Kind == "archived" && ++archived == 6)
            {
                stop.Cancel();
            }
        };

        var stopped = async () => await first.RunAsync(stop.Token);
        await stopped.Should().ThrowAsync<OperationCanceledException>();
        folder.ArchivedArticlePaths().Should().NotBeEquivalentTo(TestSite.AllowedArticles);

        var summary = await new Crawler(folder.Options(site)).RunAsync();

        summary.Complete.Should().BeTrue();
        folder.ArchivedArticlePaths().Should().OnlyHaveUniqueItems().And.BeEquivalentTo(TestSite.AllowedArticles);
        foreach (var i in Enumerable.Range(1, TestSite.ListingArticles))
        {
            site.HitsOf(TestSite.ArticlePath(i)).Should().Be(1);
        }

        site.HitsOf("/").Should().Be(1);
        site.HitsOf("/robots.txt").Should().Be(1);
    }

    [Fact]
    public async Task Settles_records_a_killed_run_wrote_but_did_not_record_and_cuts_a_torn_one()
    {
        await using var site = await TestSite.StartAsync();
        using var folder = new CrawlFolder();
        using var stop = new CancellationTokenSource();
        var first = new Crawler(folder.Options(site));
        first.Event += e =>
        {
            if (e.Kind == "archived" && e.Url.EndsWith("xay-dung-dang", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        };
        var stopped = async () => await first.RunAsync(stop.Token);
        await stopped.Should().ThrowAsync<OperationCanceledException>();

        // As if the killed run had archived an article and died before the database knew, in the middle of the next record.
        var orphan = TestSite.ArticlePath(2);
        var fetched = await new HttpFetcher().FetchAsync(new FetchRequest(new Uri(site.Url(orphan))), CancellationToken.None);
        var warcFolder = Path.Combine(folder.Path, Crawler.WarcFolderName);
        string file;
        using (var writer = new WarcWriter(new WarcWriterOptions { Folder = warcFolder, Prefix = "ZZ" }))
        {
            writer.WriteExchange(fetched.Url.AbsoluteUri, fetched.Date, fetched.RequestBlock, [.. fetched.ResponseHead, .. fetched.RawBody],
                fetched.ResponseHead.Length, null, [new(WarcArticleReader.PageKindField, "article")]);
            file = Path.Combine(warcFolder, writer.CurrentFile!);
        }

        var sound = new FileInfo(file).Length;
        await File.AppendAllBytesAsync(file, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);
        var hitsBefore = site.HitsOf(orphan);

        var summary = await new Crawler(folder.Options(site)).RunAsync();

        summary.Recovered.Should().Be(1);
        site.HitsOf(orphan).Should().Be(hitsBefore, "the archived copy was settled, not fetched again");
        new FileInfo(file).Length.Should().Be(sound);
        folder.ArchivedArticlePaths().Should().OnlyHaveUniqueItems().And.BeEquivalentTo(TestSite.AllowedArticles);
    }

    [Fact]
    public async Task A_later_crawl_asks_with_validators_and_archives_only_new_or_changed_pages()
    {
        await using var site = await TestSite.StartAsync();
        using var folder = new CrawlFolder();
        await new Crawler(folder.Options(site)).RunAsync();
        var firstRequests = site.Requests.Count;
        site.PublishLateArticle = true;
        site.Change(TestSite.ArticlePath(4));

        var summary = await new Crawler(folder.Options(site)).RunAsync();

        var later = site.Requests.Skip(firstRequests).ToList();
        later.Where(r => r.PathAndQuery.StartsWith("/tin/hoi-nghi", StringComparison.Ordinal)).Should().OnlyContain(r => r.IfNoneMatch.Length > 0);
        summary.NotModified.Should().BeGreaterThan(TestSite.ListingArticles);
        var archived = folder.ArchivedArticlePaths();
        archived.Count(p => p == "/tin/bai-dang-muon-4001.html").Should().Be(1);
        archived.Count(p => p == TestSite.ArticlePath(4)).Should().Be(2, "the changed article is archived again");
        archived.Count(p => p == TestSite.ArticlePath(5)).Should().Be(1, "an unchanged article answers 304 and is not archived again");
    }

    [Fact]
    public async Task Stops_at_the_page_limit_and_the_same_command_does_not_go_past_it()
    {
        await using var site = await TestSite.StartAsync();
        using var folder = new CrawlFolder();
        var options = folder.Options(site) with { MaxPages = 5 };

        var summary = await new Crawler(options).RunAsync();
        await new Crawler(options).RunAsync();

        summary.Complete.Should().BeFalse();
        folder.Records().Count(r => r.Type == "response" && r.Field(WarcArticleReader.PageKindField) != "robots").Should().Be(5);
    }
}
