using System.Text;
using Extractor.Scraping.Discovery;

namespace Extractor.Scraping.Tests.Discovery;

public sealed class SitemapAndFeedReaderTests
{
    private static readonly Uri Base = new("https://baophutho.vn/sitemap.xml");

    [Fact]
    public void Reads_a_sitemap_index_as_sitemaps()
    {
        var xml = "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>https://baophutho.vn/sitemap-1.xml</loc></sitemap><sitemap><loc>https://baophutho.vn/sitemap-2.xml</loc><lastmod>2025-01-01</lastmod></sitemap></sitemapindex>";

        var links = SitemapReader.Read(Encoding.UTF8.GetBytes(xml), Base);

        links.Select(l => (l.Url.AbsoluteUri, l.Kind)).Should().Equal(
            ("https://baophutho.vn/sitemap-1.xml", PageKind.Sitemap), ("https://baophutho.vn/sitemap-2.xml", PageKind.Sitemap));
    }

    [Fact]
    public void Reads_news_publication_dates_before_lastmod()
    {
        var xml = "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
            + "<url><loc>https://baophutho.vn/a-1.html</loc><lastmod>2025-03-01</lastmod><news:news><news:publication_date>2025-02-01T08:00:00+07:00</news:publication_date></news:news></url>"
            + "<url><loc>https://baophutho.vn/b-2.html</loc><lastmod>2025-03-05</lastmod></url></urlset>";

        var links = SitemapReader.Read(Encoding.UTF8.GetBytes(xml), Base);

        links.Should().HaveCount(2);
        links[0].Date.Should().Be(new DateTimeOffset(2025, 2, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        links[1].Date!.Value.Date.Should().Be(new DateTime(2025, 3, 5));
        links.Should().OnlyContain(l => l.Kind == PageKind.Article);
    }

    [Fact]
    public void Reads_a_plain_text_sitemap_and_survives_broken_xml()
    {
        SitemapReader.Read(Encoding.UTF8.GetBytes("https://baophutho.vn/a.html\nnot a url\nhttps://baophutho.vn/b.html\n"), Base).Should().HaveCount(2);
        SitemapReader.Read(Encoding.UTF8.GetBytes("<urlset><url><loc>https://baophutho.vn/a.html</loc></url><url><loc>"), Base).Should().HaveCount(1);
    }

    [Theory]
    [InlineData("<rss version='2.0'><channel><link>https://baophutho.vn/</link><item><title>T</title><link>https://baophutho.vn/a-1.html</link><pubDate>Mon, 02 Jun 2025 08:00:00 +0700</pubDate></item></channel></rss>")]
    [InlineData("<feed xmlns='http://www.w3.org/2005/Atom'><link href='https://baophutho.vn/'/><entry><title>T</title><link rel='alternate' href='https://baophutho.vn/a-1.html'/><updated>2025-06-02T08:00:00+07:00</updated></entry></feed>")]
    [InlineData("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'><item rdf:about='https://baophutho.vn/a-1.html'><title>T</title><link>https://baophutho.vn/a-1.html</link></item></rdf:RDF>")]
    public void Reads_the_article_links_of_RSS_and_Atom_feeds(string xml)
    {
        var body = Encoding.UTF8.GetBytes(xml);

        FeedReader.IsFeed(body).Should().BeTrue();
        FeedReader.Read(body, Base).Select(l => l.Url.AbsoluteUri).Should().Equal("https://baophutho.vn/a-1.html");
    }
}
