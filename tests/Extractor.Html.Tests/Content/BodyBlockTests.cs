using Extractor.Html.Profiles;

namespace Extractor.Html.Tests.Content;

/// <summary>Which blocks around and inside the body container the generic reading keeps: the lead, box titles, furniture lines.</summary>
public class BodyBlockTests
{
    private const string Lead = "Sáng 2-4, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024.";
    private const string Body1 = "Dự hội nghị có đồng chí Nguyễn Văn Bình, Tỉnh ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh; lãnh đạo các ban xây dựng Đảng.";
    private const string Body2 = "Trong quý I, Đảng ủy Khối đã kết nạp được 45 đảng viên mới, đạt 30% chỉ tiêu năm, và kiểm tra 6 tổ chức đảng khi có dấu hiệu vi phạm.";
    private const string Body3 = "Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm cho quý II, trong đó có việc nâng cao chất lượng sinh hoạt chi bộ.";

    private static readonly HtmlArticleExtractor Extractor = new(SiteProfileSet.Empty);

    private static string Page(string body) => $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title></head><body>{body}</body></html>";

    private static string Related => "<div class=\"related\"><ul><li><a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn</a></li><li><a href=\"/b\">Giao ban công tác Đảng tháng 3</a></li></ul></div>";

    [Fact]
    public void Reads_a_lead_printed_between_the_headline_and_the_body_outside_its_container()
    {
        var html = Page($"<header><h1>Hội nghị sơ kết</h1><p class=\"sapo\">{Lead}</p></header>"
            + $"<div class=\"wrap\"><div class=\"content\"><p>{Body1}</p><p>{Body2}</p></div>{Related}</div>");

        Extractor.Read(html).Blocks.Should().Equal(Lead, Body1, Body2);
    }

    [Theory]
    [InlineData("<header class=\"article-header\"><h1>Hội nghị sơ kết</h1><p class=\"lead\">{0}</p></header>")]
    [InlineData("<div class=\"entry-header\"><h1>Hội nghị sơ kết</h1><div class=\"intro\"><div><p>{0}</p></div></div></div>")]
    public void Reads_a_lead_that_shares_the_article_header_with_the_headline(string header)
    {
        var html = Page("<article>" + string.Format(header, Lead) + $"<div class=\"content\"><p>{Body1}</p><p>{Body2}</p></div></article>{Related}");

        Extractor.Read(html).Blocks.Should().Equal(Lead, Body1, Body2);
    }

    [Theory]
    [InlineData("<header><h1>Hội nghị sơ kết</h1><nav><p class=\"lead\">{0}</p></nav></header>")]
    [InlineData("<header><h1>Hội nghị sơ kết</h1><p class=\"lead\" style=\"display: none\">{0}</p></header>")]
    [InlineData("<header><h1>Hội nghị sơ kết</h1><div class=\"comments\"><p class=\"lead\">{0}</p></div></header>")]
    public void A_lead_in_the_header_that_is_hidden_or_in_navigation_or_comments_is_not_read(string header)
    {
        var html = Page("<article>" + string.Format(header, Lead) + $"<div class=\"content\"><p>{Body1}</p><p>{Body2}</p></div></article>{Related}");

        Extractor.Read(html).Blocks.Should().Equal(Body1, Body2);
    }

    [Fact]
    public void A_lead_element_that_is_mostly_links_is_not_a_lead()
    {
        var links = "<p class=\"sapo\"><a href=\"/x\">Kết nạp đảng viên mới tại chi bộ thôn Bản Lầu, xã Tân Lập, huyện Tân Lập.</a></p>";
        var html = Page($"<header><h1>Hội nghị sơ kết</h1>{links}</header>"
            + $"<div class=\"wrap\"><div class=\"content\"><p>{Body1}</p><p>{Body2}</p></div>{Related}</div>");

        Extractor.Read(html).Blocks.Should().Equal(Body1, Body2);
    }

    [Fact]
    public void Drops_the_title_of_a_box_of_links_left_out_of_the_body()
    {
        var html = Page($"<h1>Hội nghị sơ kết</h1><div class=\"content\"><p>{Body1}</p><h3>Cùng chủ đề</h3>{Related}<p>{Body2}</p></div>");

        Extractor.Read(html).Blocks.Should().Equal(Body1, Body2);
    }

    [Fact]
    public void Drops_a_heading_the_body_ends_with()
    {
        var html = Page($"<h1>Hội nghị sơ kết</h1><div class=\"content\"><p>{Body1}</p><p>{Body2}</p><h3>Bài viết cùng tác giả</h3></div>");

        Extractor.Read(html).Blocks.Should().Equal(Body1, Body2);
    }

    [Fact]
    public void Keeps_a_heading_that_introduces_body_text()
    {
        var html = Page($"<h1>Hội nghị sơ kết</h1><div class=\"content\"><p>{Body1}</p><h3>Nhiệm vụ quý II</h3><p>{Body2}</p></div>");

        Extractor.Read(html).Blocks.Should().Equal(Body1, "Nhiệm vụ quý II", Body2);
    }

    [Theory]
    [InlineData("<p>Mehr zum Thema</p>")]
    [InlineData("<p>- Anzeige -</p>")]
    [InlineData("<p>praca / ShutterStock</p>")]
    [InlineData("<p>(Foto: ABr)</p>")]
    [InlineData("<p>Titelbild: Geyres Christophe/ABACA</p>")]
    [InlineData("<p>Never miss the latest news by signing up to our newsletter today!</p>")]
    [InlineData("<p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</p>")]
    public void Drops_promo_labels_and_photo_credits_inside_the_body(string furniture)
    {
        var html = Page($"<h1>Hội nghị sơ kết</h1><div class=\"content\"><p>{Body1}</p>{furniture}<p>{Body2}</p><p>{Body3}</p></div>");

        Extractor.Read(html).Blocks.Should().Equal(Body1, Body2, Body3);
    }

    [Fact]
    public void Keeps_a_sentence_that_only_mentions_a_newsletter_or_an_agency()
    {
        var sentence = "Theo AFP, bản tin của hội nghị được gửi tới các chi bộ trong tuần.";
        var html = Page($"<h1>Hội nghị sơ kết</h1><div class=\"content\"><p>{Body1}</p><p>{sentence}</p><p>{Body2}</p></div>");

        Extractor.Read(html).Blocks.Should().Equal(Body1, sentence, Body2);
    }
    [Fact]
    public void Reads_an_article_a_masthead_header_left_unclosed()
    {
        // A wrapper must hold more than a cookie notice's worth of prose: five paragraphs, not three.
        var paragraphs = new[] { Lead, Body1, Body2, Body3, $"{Body1} (2)" };
        var html = Page("<header class=\"branding\"><div class=\"logo\"><a href=\"/\">Báo Tân Lập</a></div>"
            + "<article><div class=\"content\">" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</div></article>");

        Extractor.Read(html).Blocks.Should().Equal(paragraphs);
    }

    [Fact]
    public void Reads_the_page_a_noscript_swallowed_when_scripting_is_off()
    {
        var paragraphs = Enumerable.Range(1, 8).Select(k => $"{Body1} ({k})").ToArray();
        var html = Page("<noscript><div id=\"nojs\"></noscript><h1>Hội nghị sơ kết</h1><div class=\"content\">"
            + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</div>");

        Extractor.Read(html).Blocks.Should().Equal(paragraphs);
    }

    [Fact]
    public void Leaves_out_a_small_noscript_notice()
    {
        var html = Page($"<h1>Hội nghị sơ kết</h1><div class=\"content\"><p>{Body1}</p><noscript><p>Vui lòng bật JavaScript để xem video của bài viết.</p></noscript><p>{Body2}</p></div>");

        Extractor.Read(html).Blocks.Should().Equal(Body1, Body2);
    }

    [Fact]
    public void A_body_named_commentary_is_not_a_comment_thread()
    {
        var html = Page($"<h1>Hội nghị sơ kết</h1><div class=\"article commentary\"><p>{Body1}</p><p>{Body2}</p></div>{Related}");

        Extractor.Read(html).Blocks.Should().Equal(Body1, Body2);
    }
}
