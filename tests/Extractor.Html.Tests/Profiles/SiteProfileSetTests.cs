using AngleSharp.Html.Parser;
using Extractor.Html.Profiles;
using Extractor.Testing;

namespace Extractor.Html.Tests.Profiles;

public sealed class SiteProfileSetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("profiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loads_every_bundled_profile_of_the_corpus()
    {
        var set = SiteProfileSet.LoadFolders(Path.Combine(RepositoryPaths.Corpus, "profiles"));

        set.Errors.Should().BeEmpty();
        set.Profiles.Select(p => p.Name).Should().Contain(["dnn-portal", "liferay", "newspaper-cms", "wordpress", "legacy-asp", "egov-portal"]);
    }

    [Theory]
    [InlineData("https://tanlap.gov.vn/tabid/120/ArticleID/1001/Default.aspx", "<p>x</p>", "dnn-portal")]
    [InlineData("https://tanlap.dcs.vn/web/guest/tin-tuc/-/view_content/20501-x.html", "<p>x</p>", "liferay")]
    [InlineData(null, "<div class=\"journal-content-article\">x</div>", "liferay")]
    [InlineData("https://example.org/a", "<p>x</p>", null)]
    public void Picks_a_profile_by_address_or_by_markup(string? url, string body, string? expected)
    {
        var set = SiteProfileSet.LoadFolders(Path.Combine(RepositoryPaths.Corpus, "profiles"));
        using var page = new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");

        set.Match(url, page)?.Name.Should().Be(expected);
    }

    [Theory]
    [InlineData("<div class=\"journal-content-article\">x</div>", "liferay")]
    [InlineData("<div id=\"dnn_ContentPane\">x</div>", "dnn-portal")]
    [InlineData("<article class=\"detail\"><div class=\"detail-content\">x</div></article>", "newspaper-cms")]
    [InlineData("<div class=\"journal-content\">x</div>", null)]
    [InlineData("<p class=\"article-box\">no title inside</p>", null)]
    public void Markup_given_beside_the_page_picks_the_same_profile_as_the_tree_alone(string body, string? expected)
    {
        var set = SiteProfileSet.LoadFolders(Path.Combine(RepositoryPaths.Corpus, "profiles"));
        var html = $"<html><body>{body}</body></html>";
        using var page = new HtmlParser().ParseDocument(html);

        set.Match(null, page, html)?.Name.Should().Be(expected);
        set.Match(null, page)?.Name.Should().Be(expected);
    }

    [Fact]
    public void A_user_adds_a_site_by_dropping_a_file_in_the_folder()
    {
        File.WriteAllText(Path.Combine(_folder, "mysite.json"), """{ "name": "mysite", "urlPatterns": ["mysite\\.vn"], "title": ["#tieude"], "body": ["#noidung"] }""");
        var extractor = new HtmlArticleExtractor(SiteProfileSet.LoadFolders(_folder));
        const string html = "<html><body><h1>Tên trang</h1><div id=\"tieude\">Tiêu đề bài</div><div id=\"noidung\"><p>Nội dung bài viết, câu một.</p></div><div id=\"khac\"><p>Một đoạn văn khác dài hơn nhiều, không thuộc bài viết này, nằm ngoài phần nội dung chính của trang.</p></div></body></html>";

        var article = extractor.Read(html, new HtmlPageHints { Url = "https://mysite.vn/bai/1" });

        article.Profile.Should().Be("mysite");
        article.Title.Should().Be("Tiêu đề bài");
        article.Blocks.Should().Equal("Nội dung bài viết, câu một.");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "name": "" }""")]
    [InlineData("""{ "name": "x", "urlPatterns": ["(unclosed"] }""")]
    public void Reports_a_file_that_is_not_a_profile_and_reads_the_others(string json)
    {
        File.WriteAllText(Path.Combine(_folder, "bad.json"), json);
        File.WriteAllText(Path.Combine(_folder, "good.json"), """{ "name": "good" }""");

        var set = SiteProfileSet.LoadFolders(_folder);

        set.Profiles.Select(p => p.Name).Should().Equal("good");
        set.Errors.Should().ContainSingle(e => e.Contains("bad.json"));
    }

    [Fact]
    public void A_malformed_selector_falls_back_to_the_generic_reading()
    {
        var set = new SiteProfileSet([new SiteProfile { Name = "broken", UrlPatterns = ["."], Body = ["div[[["], Title = [":::"] }]);
        const string html = "<html><body><h1>Tiêu đề</h1><div><p>Nội dung bài viết đủ dài để là một đoạn văn, có dấu phẩy, có dấu chấm.</p></div></body></html>";

        var article = new HtmlArticleExtractor(set).Read(html, new HtmlPageHints { Url = "https://a.vn/" });

        article.Title.Should().Be("Tiêu đề");
        article.Blocks.Should().ContainSingle();
    }
}
