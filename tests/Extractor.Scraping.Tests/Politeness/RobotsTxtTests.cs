using Extractor.Scraping.Politeness;

namespace Extractor.Scraping.Tests.Politeness;

public sealed class RobotsTxtTests
{
    private const string Rules = """
        # comments are ignored
        User-agent: *
        Disallow: /rieng-tu/
        Allow: /rieng-tu/cong-khai/
        Disallow: /*.pdf$
        Disallow: /tim-kiem*
        Crawl-delay: 2

        User-agent: ExtractorCrawler
        User-agent: OtherBot
        Disallow: /chi-cho-nguoi/
        Allow: /

        User-agent: BadBot
        Disallow: /

        Sitemap: https://example.vn/sitemap.xml
        """;

    [Theory]
    [InlineData("SomeBot", "/tin/bai-1.html", true)]
    [InlineData("SomeBot", "/rieng-tu/bai-2.html", false)]
    [InlineData("SomeBot", "/rieng-tu/cong-khai/bai-3.html", true)]
    [InlineData("SomeBot", "/tai-lieu/nghi-quyet.pdf", false)]
    [InlineData("SomeBot", "/tai-lieu/nghi-quyet.pdf?x=1", true)]
    [InlineData("SomeBot", "/tim-kiem?q=dang", false)]
    [InlineData("ExtractorCrawler", "/rieng-tu/bai-2.html", true)]
    [InlineData("ExtractorCrawler", "/chi-cho-nguoi/a", false)]
    [InlineData("extractorcrawler", "/chi-cho-nguoi/a", false)]
    [InlineData("BadBot", "/tin/bai-1.html", false)]
    [InlineData("BadBot", "/robots.txt", true)]
    public void Decides_by_the_group_for_the_agent_and_the_longest_matching_rule(string agent, string path, bool allowed)
    {
        RobotsTxt.Parse(Rules).IsAllowed(agent, path).Should().Be(allowed);
    }

    [Fact]
    public void Reads_crawl_delay_of_the_chosen_group_and_the_sitemaps()
    {
        var robots = RobotsTxt.Parse(Rules);

        robots.For("SomeBot").CrawlDelay.Should().Be(2);
        robots.For("ExtractorCrawler").CrawlDelay.Should().BeNull();
        robots.Sitemaps.Should().Equal("https://example.vn/sitemap.xml");
    }

    [Theory]
    [InlineData("User-agent: *\nDisallow:\n", "/any", true)]
    [InlineData("", "/any", true)]
    [InlineData("Disallow: /\n", "/any", true)]
    [InlineData("User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", true)]
    [InlineData("User-agent: *\nDisallow: /tin/*/in$\n", "/tin/123/in", false)]
    [InlineData("User-agent: *\nDisallow: /tin/*/in$\n", "/tin/123/in-bai", true)]
    [InlineData("User-agent: *\nDisallow: /tin-tức/\n", "/tin-t%E1%BB%A9c/a", false)]
    public void Follows_RFC_9309_on_edge_cases(string text, string path, bool allowed)
    {
        RobotsTxt.Parse(text).IsAllowed("ExtractorCrawler", path).Should().Be(allowed);
    }

    [Fact]
    public void Allows_everything_without_a_file_and_nothing_while_the_file_cannot_be_had()
    {
        RobotsTxt.AllowAll.IsAllowed("ExtractorCrawler", "/x").Should().BeTrue();
        RobotsTxt.DisallowAll.IsAllowed("ExtractorCrawler", "/x").Should().BeFalse();
    }
}
