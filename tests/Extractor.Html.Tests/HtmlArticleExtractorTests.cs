using System.Text;
using Extractor.Html.Profiles;

namespace Extractor.Html.Tests;

public class HtmlArticleExtractorTests
{
    private const string Lead = "Sáng 2-4, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024.";
    private const string Body1 = "Dự hội nghị có đồng chí Nguyễn Văn Bình, Tỉnh ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh; lãnh đạo các ban xây dựng Đảng.";
    private const string Body2 = "Trong quý I, Đảng ủy Khối đã kết nạp được 45 đảng viên mới, đạt 30% chỉ tiêu năm, và kiểm tra 6 tổ chức đảng khi có dấu hiệu vi phạm.";

    private static readonly HtmlArticleExtractor Extractor = new(SiteProfileSet.Empty);

    private static string Page(string head, string body) => $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";

    private static string Menu => "<nav><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gioi-thieu\">Giới thiệu</a></li><li><a href=\"/tin\">Tin tức</a></li></ul></nav>";

    /// <summary>An article long enough that its container, not the whole page, is the body; <paramref name="ending"/> closes it.</summary>
    private static string LongContent(string ending = "") =>
        $"<div class=\"content\"><p>{Lead}</p><p>{Body1}</p><p>{Body2}</p><p>{Body1}</p><p>{Body2}</p>{ending}</div>"
        + "<aside><ul><li><a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn Bản Lầu</a></li><li><a href=\"/b\">Giao ban công tác Đảng tháng 3</a></li></ul></aside>";

    private static string Content(string extra = "") => $"<div class=\"content\"><p>{Lead}</p>{extra}<p>{Body1}</p><p>{Body2}</p></div>";

    [Theory]
    [InlineData("<h1>Hội nghị sơ kết quý I</h1>", "Hội nghị sơ kết quý I")]
    [InlineData("<h1 class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/x\">Xây dựng Đảng</a></h1><h2 class=\"title\">Hội nghị sơ kết công tác xây dựng Đảng</h2>", "Hội nghị sơ kết công tác xây dựng Đảng")]
    [InlineData("<h1 class=\"logo\"><a href=\"/\">Báo Tân Lập</a></h1>", "Hội nghị sơ kết công tác xây dựng Đảng")]
    [InlineData("", "Hội nghị sơ kết công tác xây dựng Đảng")]
    [InlineData("<h1>Cổng thông tin điện tử huyện Tân Lập</h1>", "Hội nghị sơ kết công tác xây dựng Đảng")]
    [InlineData("<h1>In bài viết</h1>", "Hội nghị sơ kết công tác xây dựng Đảng")]
    public void The_headline_wins_over_the_title_unless_it_is_a_breadcrumb_or_the_site_name(string heading, string expected)
    {
        var html = Page("<title>Hội nghị sơ kết công tác xây dựng Đảng | Báo Tân Lập</title>", Menu + heading + Content());

        Extractor.Read(html).Title.Should().Be(expected);
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(10_000, true)]
    public void A_page_nested_beyond_the_limit_keeps_its_text_and_says_it_was_flattened(int depth, bool flattened)
    {
        var html = Page("<title>x</title>", string.Concat(Enumerable.Repeat("<div>", depth)) + $"<p>{Lead}</p><p>{Body1}</p>" + string.Concat(Enumerable.Repeat("</div>", depth)));

        var article = Extractor.Read(html);

        // Past the limit the paragraphs' own tags are dropped too, so their text may run into one block.
        string.Concat(article.Blocks).Should().Contain(Lead).And.Contain(Body1);
        article.Errors.Any(e => e.Contains("nests elements deeper", StringComparison.Ordinal)).Should().Be(flattened);
    }

    [Fact]
    public void Keeps_the_body_paragraphs_and_drops_the_page_furniture()
    {
        var related = "<div class=\"tin-lien-quan\"><b>Tin liên quan</b><ul><li><a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn</a></li><li><a href=\"/b\">Giao ban công tác Đảng tháng 3</a></li></ul></div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1><div class=\"share\"><a href=\"#\">Chia sẻ</a> <a href=\"#\">In bài</a></div>"
            + Content(related) + "<div class=\"luot-xem\">Lượt xem: 1.036</div><footer>Bản quyền thuộc Báo Tân Lập. Điện thoại: 0203.3835.123</footer>");

        var article = Extractor.Read(html);

        article.Blocks.Should().Equal(Lead, Body1, Body2);
    }

    [Fact]
    public void Drops_a_related_link_list_inside_the_body_even_without_a_class()
    {
        var list = "<ul><li><a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn Bản Lầu</a></li><li><a href=\"/b\">Giao ban công tác Đảng 6 tháng đầu năm</a></li><li><a href=\"/c\">Triển khai nhiệm vụ công tác tuyên giáo</a></li></ul>";

        Extractor.Read(Page("", "<h1>T</h1>" + Content(list))).Body.Should().NotContain("Bản Lầu");
    }

    [Theory]
    [InlineData("<figure><img src=\"a.jpg\"><figcaption>Quang cảnh hội nghị.</figcaption></figure>")]
    [InlineData("<table class=\"image\"><tr><td><img src=\"a.jpg\"></td></tr><tr><td class=\"image_desc\">Quang cảnh hội nghị.</td></tr></table>")]
    [InlineData("<p style=\"text-align:center\"><img src=\"a.jpg\"><br><em>Quang cảnh hội nghị.</em></p>")]
    [InlineData("<table class=\"ms-rteTable-default\"><tr><td><img src=\"a.jpg\"></td></tr><tr class=\"ms-rteTableFooterRow-default\"><td style=\"text-align:center\">Quang cảnh hội nghị.</td></tr></table>")]
    public void Reads_captions_where_they_stand_in_the_body(string figure)
    {
        var article = Extractor.Read(Page("", "<h1>T</h1>" + Content(figure + "<figure><img src=\"b.jpg\"><figcaption> </figcaption></figure>")));

        article.Captions.Should().Equal("Quang cảnh hội nghị.");
        article.Blocks.Should().Equal(Lead, "Quang cảnh hội nghị.", Body1, Body2);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-04-02T07:20:00Z\">", "", "2024-04-02T14:20:00+07:00")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-04-02T14:20:00+07:00\"}</script>", "", "2024-04-02T14:20:00+07:00")]
    [InlineData("", "<div class=\"date\">Cập nhật lúc 14:20, Thứ Ba, 02/04/2024</div>", "2024-04-02T14:20:00+07:00")]
    [InlineData("", "<span>02/04/2024</span>", "2024-04-02")]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-04-02\">", "<div class=\"time\">02/04/2024 02:20 CH</div>", "2024-04-02T14:20:00+07:00")]
    public void Reads_the_publication_time_from_metadata_or_the_visible_dateline(string head, string dateline, string expected)
    {
        var article = Extractor.Read(Page(head, "<h1>Hội nghị sơ kết</h1>" + dateline + Content()));

        (article.Published?.ToIsoString() ?? "none").Should().Be(expected);
        article.Body.Should().NotContain("02/04/2024");
    }

    [Theory]
    [InlineData("https://tinh.vn/2024/04/02/hoi-nghi.html", "2024-04-02T10:30:00+07:00")]
    [InlineData("https://tinh.vn/2024/04/03/hoi-nghi.html", "2024-04-03T08:00:00+07:00")]
    [InlineData("https://tinh.vn/tin-tuc/hoi-nghi.html", "2024-04-03T08:00:00+07:00")]
    public void Prefers_the_printed_dateline_over_metadata_only_when_the_address_dates_it_too(string address, string expected)
    {
        var head = "<meta property=\"article:published_time\" content=\"2024-04-03T08:00:00+07:00\">";
        var page = Page(head, "<h1>Hội nghị sơ kết</h1><div class=\"date\">Cập nhật: 10:30, 02/04/2024</div>" + Content());

        (Extractor.Read(page, new HtmlPageHints { Url = address }).Published?.ToIsoString() ?? "none").Should().Be(expected);
    }

    [Theory]
    [InlineData("<div class=\"post-meta\"><span class=\"post-time\">Cập nhật lúc 09:10 ngày 14/05/2025</span><span class=\"views\">Lượt xem: 5,258</span><span class=\"tools\"><a href=\"#\">In</a> <a href=\"#\">Chia sẻ</a></span></div>")]
    [InlineData("<p class=\"info\"><time datetime=\"2025-05-14T09:10:00+07:00\">2 giờ trước</time> · <a href=\"/xa-hoi\">Xã hội</a></p>")]
    public void Reads_a_date_span_standing_in_a_row_of_other_spans(string row)
    {
        var html = Page("", "<h1>Ra quân làm sạch bờ biển</h1>" + row + Content()
            + "<div class=\"other-news\"><ul><li><a href=\"/a\">Hội nghị báo cáo viên</a><span class=\"time\">13/05/2025</span></li></ul></div>");

        (Extractor.Read(html).Published?.ToIsoString() ?? "none").Should().Be("2025-05-14T09:10:00+07:00");
    }

    [Theory]
    [InlineData("2025-05-13T00:45:00+07:00", "2025-05-13T07:45:00+07:00")]
    [InlineData("2025-05-13T14:45:00+07:00", "2025-05-13T07:45:00+07:00")]
    [InlineData("2025-05-13T07:15:00+07:00", "2025-05-13T07:15:00+07:00")]
    public void Takes_the_printed_time_when_the_metadata_is_off_by_exactly_the_zone_offset(string metadata, string expected)
    {
        var head = $"<meta property=\"article:published_time\" content=\"{metadata}\">";
        var html = Page(head, "<h1>Thêm 3 xã đạt chuẩn nông thôn mới nâng cao</h1><div class=\"date\">07:45 | 13/05/2025</div>" + Content());

        (Extractor.Read(html).Published?.ToIsoString() ?? "none").Should().Be(expected);
    }

    [Fact]
    public void Invents_no_date_when_the_page_gives_none()
    {
        Extractor.Read(Page("", "<h1>T</h1>" + Content())).Published.Should().BeNull();
    }

    [Theory]
    [InlineData("<p style=\"text-align:right\"><strong>Lê Thị Hoa (Văn phòng Huyện ủy)</strong></p>", "Lê Thị Hoa")]
    [InlineData("<p>Tin, ảnh: Lê Thị Hoa (Văn phòng Huyện ủy)</p>", "Lê Thị Hoa")]
    [InlineData("<p><strong>MINH KHÔI</strong></p>", "MINH KHÔI")]
    [InlineData("<p style=\"text-align:right\">Tin, ảnh: HẠNH CHÂU</p>", "HẠNH CHÂU")]
    [InlineData("<p>(Theo Báo Quảng Ninh)</p>", "Báo Quảng Ninh")]
    public void Reads_the_byline_at_the_end_of_the_body(string byline, string expected)
    {
        var article = Extractor.Read(Page("", "<h1>T</h1><div class=\"content\"><p>" + Body1 + "</p><p>" + Body2 + "</p>" + byline + "</div>"));

        article.Authors.Should().Equal(expected);
    }

    [Fact]
    public void A_photo_credit_is_not_a_byline()
    {
        var article = Extractor.Read(Page("", "<h1>T</h1><div class=\"content\"><p>" + Body1 + "</p><p>" + Body2 + "</p><p>Ảnh: Công Luận</p></div>"));

        article.Authors.Should().BeEmpty();
    }

    [Fact]
    public void Makes_the_canonical_and_next_page_addresses_absolute()
    {
        var html = Page("<link rel=\"canonical\" href=\"/tin/hoi-nghi-1.html\">", "<h1>T</h1>" + Content() + "<div class=\"pagination\"><a href=\"trang-2.html\">Trang sau</a></div>");

        var article = Extractor.Read(html, new HtmlPageHints { Url = "https://baotanlap.vn/tin/hoi-nghi-1.html?utm=x" });

        article.Url.Should().Be("https://baotanlap.vn/tin/hoi-nghi-1.html");
        article.NextPageUrl.Should().Be("https://baotanlap.vn/tin/trang-2.html");
    }

    [Fact]
    public void Writes_the_document_text_as_headline_blank_line_and_paragraphs()
    {
        var document = HtmlArticleExtractor.ToDocument(Extractor.Read(Page("", "<h1>Hội nghị sơ kết</h1>" + Content())), "a.html");

        document.Text.Should().Be($"Hội nghị sơ kết\n\n{Lead}\n\n{Body1}\n\n{Body2}");
        document.Source.Title.Should().Be("Hội nghị sơ kết");
    }

    [Theory]
    [InlineData("<html><head><script>var a = '<p>not text</p>';</script><style>p { color: red }</style></head><body><script>document.write('x')</script></body></html>")]
    [InlineData("")]
    [InlineData("<<<>>> </div></p> &&&")]
    public void Never_throws_on_pages_without_an_article(string html)
    {
        var article = Extractor.Read(Encoding.UTF8.GetBytes(html));

        article.Blocks.Should().BeEmpty();
        article.Errors.Should().Contain(e => e.Contains("no article text"));
    }

    [Fact]
    public void Reads_a_page_of_100000_nested_elements_without_overflowing_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>" + Body1 + "</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000));

        var article = Extractor.Read(html);

        article.Blocks.Should().Equal(Body1);
    }

    [Fact]
    public void Reads_a_huge_page()
    {
        var filler = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<li><a href=\"/t/{i}\">Tin số {i}</a></li>"));
        var html = Page("", "<ul class=\"list\">" + filler + "</ul><h1>T</h1>" + Content());

        Extractor.Read(html).Blocks.Should().Equal(Lead, Body1, Body2);
    }

    [Theory]
    [InlineData("<table><tr><td class=\"Head\">Tin tức - Sự kiện » <a href=\"/x\">Xây dựng Đảng</a></td></tr><tr><td class=\"news_title\"><span class=\"title_news_detail\">Hội nghị sơ kết công tác xây dựng Đảng quý I</span></td></tr><tr><td>Cập nhật: 02/04/2024 08:30</td></tr></table>", "Tin tức - Sự kiện")]
    [InlineData("<H1 CLASS=duongdan>Trang chủ &gt;&gt; Tin tức</H1><H2 CLASS=tieude>Hội nghị sơ kết công tác xây dựng Đảng quý I</H2><FONT>02/04/2024 08:30 AM</FONT>", "SO TIN TUC TINH TAN LAP")]
    [InlineData("<table><tr><td class=\"tieude\">Tin tức &gt;&gt; Xây dựng Đảng<br><b>Hội nghị sơ kết công tác xây dựng Đảng quý I</b><br><i>Ngày cập nhật: 02/04/2024</i></td></tr></table>", "Trang chủ")]
    public void Without_an_h1_or_metadata_the_headline_is_the_emphasized_line_before_the_body(string header, string htmlTitle)
    {
        var html = Page($"<title>{htmlTitle}</title>", Menu + header + LongContent());

        var article = Extractor.Read(html);

        article.Title.Should().Be("Hội nghị sơ kết công tác xây dựng Đảng quý I");
        article.Published!.Value.Date.Should().Be(new NodaTime.LocalDate(2024, 4, 2));
        article.Blocks.Should().StartWith(Lead);
    }

    [Fact]
    public void A_title_that_reads_like_a_headline_and_is_printed_as_one_is_kept()
    {
        var html = Page("<title>Hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024</title>",
            Menu + "<div class=\"box\">Tin nổi bật trong tuần của các chi bộ cơ sở</div><div class=\"tit\">Hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024</div>" + LongContent());

        Extractor.Read(html).Title.Should().Be("Hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024");
    }

    [Theory]
    [InlineData("<p style=\"text-align:right\"><strong>Thu Hà - Quốc Bảo</strong></p><div class=\"tinlienquan\"><h3>Tin liên quan</h3><ul><li><a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn</a></li></ul></div>", new[] { "Thu Hà", "Quốc Bảo" })]
    [InlineData("<p><b>MINH KHÔI</b></p><div class=\"news-tools\"><a href=\"#\">In bài</a> | <a href=\"#\">Gửi email</a></div>", new[] { "MINH KHÔI" })]
    [InlineData("<p><b>Lan Hương</b></p><p><u>Tin liên quan:</u></p><p>- <a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn Bản Lầu</a></p><p>- <a href=\"/b\">Giao ban công tác Đảng tháng 3 của Đảng ủy Khối</a></p>", new[] { "Lan Hương" })]
    public void A_byline_ending_the_body_before_a_box_of_links_is_the_articles(string ending, string[] authors)
    {
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(ending));

        Extractor.Read(html).Authors.Should().Equal(authors);
    }

    [Fact]
    public void A_byline_inside_what_a_profile_removes_is_still_read()
    {
        var profile = SiteProfileSet.Parse("""
            { "name": "t", "urlPatterns": ["^https://tanlap\\.vn/"], "title": ["h1.t"], "body": [".detail"], "remove": [".detail-meta"] }
            """);
        var extractor = new HtmlArticleExtractor(new SiteProfileSet([profile]));
        var html = Page("<title>x</title>", Menu + "<div class=\"detail\"><h1 class=\"t\">Hội nghị sơ kết</h1><div class=\"detail-meta\"><span class=\"author\">Bảo Ngọc</span> | <span>Lượt xem: 1.048</span></div>" + Content() + "</div>");

        var article = extractor.Read(html, new HtmlPageHints { Url = "https://tanlap.vn/tin/1.html" });

        article.Authors.Should().Equal("Bảo Ngọc");
        article.Blocks.Should().NotContain(b => b.Contains("Lượt xem", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p style=\"text-align: center;\"><img src=\"/a.jpg\"></p><p style=\"text-align: center;\">Quang cảnh hội nghị sơ kết quý I.</p>", true)]
    [InlineData("<p><img src=\"/a.jpg\"></p><p><em>Quang cảnh hội nghị sơ kết quý I.</em></p>", true)]
    [InlineData("<p><img src=\"/a.jpg\"></p><p>Quang cảnh hội nghị sơ kết quý I.</p>", false)]
    public void A_centred_or_italic_line_below_an_image_is_its_caption(string figure, bool caption)
    {
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(figure));

        Extractor.Read(html).Captions.Contains("Quang cảnh hội nghị sơ kết quý I.").Should().Be(caption);
    }

    [Fact]
    public void The_date_of_a_related_item_is_not_the_articles()
    {
        var related = "<div class=\"related\"><ul><li><a href=\"/a\">Trao học bổng cho học sinh nghèo vượt khó học giỏi</a><span class=\"post-date\">24/01/2024</span></li></ul></div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết công tác xây dựng Đảng</h1>" + LongContent() + related);

        var article = Extractor.Read(html, new HtmlPageHints { Url = "https://huyenuy.vn/2024/01/25/hoi-nghi-so-ket/" });

        article.Published!.Value.Date.Should().Be(new NodaTime.LocalDate(2024, 1, 25));
    }

    [Fact]
    public void A_byline_on_the_line_after_a_lead_printed_apart_is_read()
    {
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1><div class=\"summary\"><strong>" + Lead + "</strong></div>"
            + LongContent().Replace("<div class=\"content\">", "<div class=\"content\"><p><em>Bài, ảnh: Đinh Công Toàn</em></p>", StringComparison.Ordinal));

        Extractor.Read(html).Authors.Should().Equal("Đinh Công Toàn");
    }

    [Fact]
    public void A_centred_line_after_an_image_paragraph_is_a_caption_when_the_body_is_read_paragraph_by_paragraph()
    {
        var paragraphs = $"<p>{Lead}</p><p>{Body1}</p><p align=\"center\"><img src=\"/a.jpg\"></p><p align=\"center\"><i>Quang cảnh hội nghị sơ kết quý I.</i></p><p>{Body2}</p><p>{Body1}</p>";
        var html = Page("<title>x</title>", Menu + "<table><tr><td>" + "<h1>Hội nghị sơ kết</h1>" + paragraphs + "<hr><ul><li><a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn</a></li></ul></td></tr></table>");

        Extractor.Read(html).Captions.Should().Contain("Quang cảnh hội nghị sơ kết quý I.");
    }

    [Fact]
    public void A_dateline_between_line_breaks_of_a_crowded_cell_is_read()
    {
        var cell = "<td class=\"noidung\"><font size=\"4\"><b>Đảng bộ xã Minh Tiến tổng kết công tác năm 2023</b></font><br><font size=\"2\">Ngày đăng: 09/01/2024</font><br>"
            + $"<p>{Lead}</p><p>{Body1}</p><p>{Body2}</p><p>{Body1}</p>"
            + "<font size=\"2\">Các tin đã đưa: <a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn Bản Lầu</a> <a href=\"/b\">Giao ban công tác Đảng tháng 3 của Đảng ủy xã</a> <a href=\"/c\">Ra quân làm đường giao thông nông thôn năm 2024</a> <a href=\"/d\">Tập huấn nghiệp vụ công tác văn phòng cấp ủy cơ sở</a></font></td>";
        var html = Page("<title>Đảng bộ xã Minh Tiến - Trang thông tin điện tử</title>", Menu + "<table><tr>" + cell + "</tr></table>");

        Extractor.Read(html).Published!.Value.Date.Should().Be(new NodaTime.LocalDate(2024, 1, 9));
    }

    [Fact]
    public void A_dateline_in_a_row_of_counters_is_read()
    {
        var row = "<div class=\"info\">Ngày đăng: 15/05/2025 | Lượt xem: 1.234 | Cỡ chữ: A A A</div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + row + LongContent());

        var article = Extractor.Read(html);

        article.Published!.Value.Date.Should().Be(new NodaTime.LocalDate(2025, 5, 15));
        article.Blocks.Should().NotContain(b => b.Contains("Lượt xem", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_written_by_a_machine_is_not_the_body()
    {
        var summary = "<div class=\"box-ai\"><p>Nội dung do AI tóm tắt</p><p>Đảng ủy Khối sơ kết quý I, kết nạp 45 đảng viên mới.</p></div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent().Replace("<div class=\"content\">", "<div class=\"content\">" + summary, StringComparison.Ordinal));

        Extractor.Read(html).Blocks.Should().NotContain(b => b.Contains("tóm tắt", StringComparison.OrdinalIgnoreCase) || b.Contains("45 đảng viên mới.", StringComparison.Ordinal) && b.Length < 60);
    }

    [Fact]
    public void A_paragraph_classed_as_an_image_below_one_is_its_caption()
    {
        var figure = "<p><img src=\"/a.jpg\"></p><p class=\"Image\">Quang cảnh hội nghị sơ kết quý I.</p>";

        Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(figure))).Captions.Should().Contain("Quang cảnh hội nghị sơ kết quý I.");
    }

    [Fact]
    public void The_teaser_of_the_next_article_is_not_the_body()
    {
        var next = "<div class=\"next-article\"><a href=\"/b\">Bài tiếp theo</a><p>Giao ban công tác Đảng tháng 3 của Đảng ủy Khối các cơ quan tỉnh diễn ra sáng nay tại hội trường lớn.</p></div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(next));

        Extractor.Read(html).Blocks.Should().NotContain(b => b.Contains("Giao ban công tác Đảng tháng 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byline_of_a_team_names_each_writer()
    {
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent("<p><strong>Thực hiện: Minh Khôi - Thu Hà</strong></p>"));

        Extractor.Read(html).Authors.Should().Equal("Minh Khôi", "Thu Hà");
    }

    [Theory]
    [InlineData("2025-05-15T16:40:00+07:00", "2025-05-15T16:40:00+07:00", 8)]
    [InlineData("2025-05-15T16:40:00+07:00", "2025-05-15T17:10:00+07:00", 16)]
    public void A_printed_time_earlier_the_same_day_wins_when_the_metadata_restamps_publication_on_every_change(string published, string modified, int hour)
    {
        var head = $"<title>x</title><meta property=\"article:published_time\" content=\"{published}\"><meta property=\"article:modified_time\" content=\"{modified}\">";
        var html = Page(head, Menu + "<div class=\"detail-head\"><h1>Hội nghị sơ kết</h1><div class=\"date\">15/05/2025 08:30</div></div>" + LongContent());

        Extractor.Read(html).Published!.Value.Time!.Value.Hour.Should().Be(hour);
    }

    [Theory]
    [InlineData("Gửi bởi admin vào T4, 02/04/2025 - 14:22", "2025-04-02T14:22:00+07:00")]
    [InlineData("Gửi bởi bientap vào CN, 06/04/2025 - 07:50", "2025-04-06T07:50:00+07:00")]
    public void A_cms_submitted_row_under_the_headline_beats_the_visit_day_in_the_top_bar(string submitted, string expected)
    {
        var html = Page("<title>x</title>", "<header class=\"site-header\"><div class=\"top-bar\"><span class=\"today\">Thứ Ba, 08/04/2025</span></div>" + Menu + "</header>"
            + $"<h1>Hội nghị sơ kết</h1><div class=\"submitted\"><span>{submitted}</span></div>" + LongContent());

        (Extractor.Read(html).Published?.ToIsoString() ?? "none").Should().Be(expected);
    }

    [Fact]
    public void A_blog_meta_line_with_middle_dots_gives_its_bare_date()
    {
        var meta = "<div class=\"post-meta\"><span title=\"2025-06-12 07:30:00 +0700 +07\">12 tháng 6, 2025</span>&nbsp;·&nbsp;3 phút&nbsp;·&nbsp;Phan Minh Thư&nbsp;|&nbsp;<a href=\"/edit\">Đề xuất sửa</a></div>";
        var html = Page("<title>x</title>", Menu + "<header class=\"post-header\"><h1>Hội nghị sơ kết</h1>" + meta + "</header>" + LongContent());

        (Extractor.Read(html).Published?.ToIsoString() ?? "none").Should().Be("2025-06-12");
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Lê Gia Bảo, Nguyễn Hà My\">", new[] { "Lê Gia Bảo", "Nguyễn Hà My" })]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Huỳnh Ngọc, Kim Thoa\"}}</script>", new[] { "Huỳnh Ngọc", "Kim Thoa" })]
    [InlineData("<meta name=\"author\" content=\"Minh Khôi\">", new[] { "Minh Khôi" })]
    [InlineData("<meta name=\"author\" content=\"Ban Tuyên giáo, phòng Văn hóa\">", new[] { "Ban Tuyên giáo, phòng Văn hóa" })]
    public void Co_writers_in_one_metadata_author_field_are_each_an_author(string head, string[] expected)
    {
        var html = Page("<title>x</title>" + head, Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent());

        Extractor.Read(html).Authors.Should().Equal(expected);
    }

    [Theory]
    [InlineData("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"><div placeholder>Quảng cáo</div><div fallback>Quảng cáo không khả dụng</div></amp-ad>")]
    [InlineData("<amp-embed type=\"taboola\" height=\"100\"><div placeholder>Quảng cáo</div></amp-embed>")]
    public void An_amp_ad_inside_the_body_leaves_no_label_behind(string ad)
    {
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + Content(ad));

        var article = Extractor.Read(html);

        article.Blocks.Should().Equal(Lead, Body1, Body2);
    }

    [Fact]
    public void A_profile_title_matching_a_related_item_below_the_body_gives_way_to_the_headline_above_it()
    {
        var profile = SiteProfileSet.Parse("""
            { "name": "t", "urlPatterns": ["^https://tanlap\\.vn/"], "title": [".asset-title"], "body": [".journal-content-article"] }
            """);
        var extractor = new HtmlArticleExtractor(new SiteProfileSet([profile]));
        var related = "<div class=\"portlet\"><h2>Tin cùng chuyên mục</h2><ul><li><h4 class=\"asset-title\"><a href=\"/a\">Thăm, tặng quà gia đình chính sách nhân dịp 27/7</a></h4><span>(13/03/2025)</span></li></ul></div>";
        var html = Page("<title>Sở Giáo dục - Tin tức</title>", Menu + "<section class=\"portlet\"><h2 class=\"portlet-title\">Tin tức - Sự kiện</h2>"
            + "<h3 class=\"title-news\">Hội nghị sơ kết công tác xây dựng Đảng quý I</h3><div class=\"date-news\">thứ sáu, 14/3/2025 | 09:15</div>"
            + $"<div class=\"journal-content-article\"><p>{Lead}</p><p>{Body1}</p><p>{Body2}</p><p>{Body1}</p></div></section>" + related);

        var article = extractor.Read(html, new HtmlPageHints { Url = "https://tanlap.vn/tin/1.html" });

        article.Title.Should().Be("Hội nghị sơ kết công tác xây dựng Đảng quý I");
        (article.Published?.ToIsoString() ?? "none").Should().Be("2025-03-14T09:15:00+07:00");
    }

    [Fact]
    public void A_blog_name_h1_linking_to_the_absolute_front_page_gives_way_to_the_post_title()
    {
        var header = "<header><div class=\"header-outer\"><h1 class=\"title\"><a href=\"https://truongtanlap.blogspot.com/\">Trường THCS Tân Lập</a></h1></div></header>";
        var html = Page("<title>Trường THCS Tân Lập: Hội nghị sơ kết công tác xây dựng Đảng quý I</title><meta property=\"og:title\" content=\"Hội nghị sơ kết công tác xây dựng Đảng quý I\">",
            header + "<div class=\"post\"><h3 class=\"post-title\">Hội nghị sơ kết công tác xây dựng Đảng quý I</h3>" + LongContent() + "</div>");

        Extractor.Read(html).Title.Should().Be("Hội nghị sơ kết công tác xây dựng Đảng quý I");
    }

    [Fact]
    public void A_blog_date_header_takes_its_time_from_the_abbr_title_of_the_post_timestamp()
    {
        var footer = "<div class=\"post-footer\"><span class=\"post-timestamp\">lúc <a href=\"/p.html\"><abbr class=\"published\" itemprop=\"datePublished\" title=\"2025-05-28T19:30:00+07:00\">7:30 CH</abbr></a></span></div>";
        var html = Page("<title>x</title>", Menu + "<div class=\"date-outer\"><h2 class=\"date-header\"><span>Thứ Tư, 28 tháng 5, 2025</span></h2>"
            + "<div class=\"post\" itemscope itemtype=\"http://schema.org/BlogPosting\"><h3 class=\"post-title\">Hội nghị sơ kết</h3>" + LongContent() + footer + "</div></div>");

        (Extractor.Read(html).Published?.ToIsoString() ?? "none").Should().Be("2025-05-28T19:30:00+07:00");
    }

    [Fact]
    public void A_key_points_box_inside_the_body_is_not_body()
    {
        var box = "<div class=\"key-points\"><div class=\"kp-title\">Tóm lược</div><ul><li>Kết nạp 45 đảng viên mới trong quý I</li><li>Kiểm tra 6 tổ chức đảng có dấu hiệu vi phạm</li></ul></div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + Content(box));

        Extractor.Read(html).Blocks.Should().Equal(Lead, Body1, Body2);
    }

    [Fact]
    public void A_picture_note_under_an_image_is_its_caption()
    {
        var picture = "<div class=\"pic\"><img src=\"a.jpg\" alt=\"\"><p class=\"pic-note\">Quang cảnh hội nghị.</p></div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + Content(picture));

        Extractor.Read(html).Captions.Should().Equal("Quang cảnh hội nghị.");
    }

    [Fact]
    public void A_name_beside_the_dateline_in_the_meta_row_under_the_headline_is_the_author()
    {
        var row = "<div class=\"news-meta\"><span class=\"dt\">Đăng ngày: 02/06/2025 | 07:10</span> <span class=\"au\">Đinh Văn Tú</span></div>";
        var html = Page("<title>x</title>", Menu + "<div class=\"news-detail\"><h1>Hội nghị sơ kết</h1>" + row + LongContent() + "</div>");

        Extractor.Read(html).Authors.Should().Equal("Đinh Văn Tú");
    }

    /// <summary>A SharePoint list-item form: label and value cells, the body in one row, a modified row and a source row after it.</summary>
    private static string FormPage(string author, string source) =>
        Page("<title>Cổng thông tin điện tử Tỉnh ủy</title>", Menu + "<div class=\"ms-WPBody\"><table class=\"ms-formtable\"><tbody>"
            + "<tr><td class=\"ms-formlabel\"><h3 class=\"ms-standardheader\">Tiêu đề</h3></td><td class=\"ms-formbody\"><span class=\"news-title\">Hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024</span></td></tr>"
            + "<tr><td class=\"ms-formlabel\"><h3 class=\"ms-standardheader\">Ngày xuất bản</h3></td><td class=\"ms-formbody\"><span>02/04/2024 2:30 CH</span></td></tr>"
            + $"<tr><td class=\"ms-formlabel\"><h3 class=\"ms-standardheader\">Nội dung</h3></td><td class=\"ms-formbody\"><div class=\"ms-rtestate-field\"><p>{Lead}</p><p>{Body1}</p><p>{Body2}</p><p>{Body1}</p></div></td></tr>"
            + $"<tr><td class=\"ms-formlabel\"><h3 class=\"ms-standardheader\">Tác giả</h3></td><td class=\"ms-formbody\">{author}</td></tr>"
            + $"<tr><td class=\"ms-formlabel\"><h3 class=\"ms-standardheader\">Nguồn</h3></td><td class=\"ms-formbody\">{source}</td></tr>"
            + "<tr><td class=\"ms-formlabel\"><h3 class=\"ms-standardheader\">Ngày sửa đổi</h3></td><td class=\"ms-formbody\">03/04/2024 8:02 SA</td></tr>"
            + "</tbody></table></div>");

    [Fact]
    public void A_modified_row_after_the_body_does_not_date_the_article()
    {
        (Extractor.Read(FormPage("Đặng Thu Hiền", "Ban Tuyên giáo Tỉnh ủy")).Published?.ToIsoString() ?? "none").Should().Be("2024-04-02T14:30:00+07:00");
    }

    [Theory]
    [InlineData("&nbsp;", "TTXVN", new string[0])]
    [InlineData("Đặng Thu Hiền", "Ban Tuyên giáo Tỉnh ủy", new[] { "Đặng Thu Hiền" })]
    public void A_source_row_names_the_agency_not_a_writer(string author, string source, string[] expected)
    {
        Extractor.Read(FormPage(author, source)).Authors.Should().Equal(expected);
    }

    [Fact]
    public void A_body_opening_with_the_headline_in_capitals_keeps_the_headline_as_written()
    {
        var html = Page("<title>Chi tiết tin</title>", Menu + "<div class=\"chi-tiet\"><div class=\"title-detail\">Hội nghị sơ kết công tác xây dựng Đảng quý I</div>"
            + "<div class=\"date-detail\">Thứ Ba, 02/04/2024 lúc 16:45</div>"
            + "<div class=\"content-detail\"><p class=\"tieude-noidung\"><strong>HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I</strong></p>"
            + $"<p><strong><em>{Lead}</em></strong></p><p>{Body1}</p><p>{Body2}</p><p>{Body1}</p></div></div>");

        var article = Extractor.Read(html);

        article.Title.Should().Be("Hội nghị sơ kết công tác xây dựng Đảng quý I");
        article.Blocks.Should().NotContain(b => b.StartsWith("HỘI NGHỊ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_embedded_pdf_viewer_and_the_attachment_list_are_not_body_and_the_byline_before_them_is_read()
    {
        var viewer = "<p><strong><em>Thanh Tùng</em></strong></p><div class=\"pdf-embed\"><div class=\"pdf-toolbar\"><span class=\"pdf-name\">CV-1877-STC.pdf</span> <span class=\"pdf-page\">Trang 1 / 9</span> <a href=\"/a.pdf\">Tải xuống</a></div>"
            + "<iframe class=\"pdf-frame\" src=\"/pdfjs/web/viewer.html?file=/a.pdf\"></iframe><p class=\"pdf-fallback\">Trình duyệt của bạn không hỗ trợ xem PDF trực tiếp. Vui lòng tải tệp về máy để xem.</p></div>";
        var attachments = "<div class=\"file-attach\"><h4>Tài liệu đính kèm</h4><table class=\"tbl-files\"><thead><tr><th>STT</th><th>Tên tệp</th><th>Dung lượng</th></tr></thead>"
            + "<tbody><tr><td>1</td><td>CV-1877-STC.pdf</td><td>860 KB</td></tr><tr><td>2</td><td>Phu-luc-bieu-mau-quyet-toan.zip</td><td>2,1 MB</td></tr></tbody></table></div>";
        var html = Page("<title>x</title>", Menu + "<div class=\"main\"><h1>Hội nghị sơ kết</h1>" + LongContent(viewer).Replace("<aside>", attachments + "<aside>", StringComparison.Ordinal) + "</div>");

        var article = Extractor.Read(html);

        article.Blocks.Should().NotContain(b => b.Contains("PDF", StringComparison.Ordinal) || b.Contains(".zip", StringComparison.Ordinal) || b.Contains("đính kèm", StringComparison.Ordinal));
        article.Authors.Should().Equal("Thanh Tùng");
    }

    [Fact]
    public void A_paragraph_named_as_a_photo_cap_below_an_image_is_its_caption()
    {
        var figure = "<div class=\"m-photo\"><img src=\"/a.jpg\"><p class=\"m-photo-cap\">Quang cảnh hội nghị sơ kết quý I.</p></div>";

        Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(figure))).Captions.Should().Contain("Quang cảnh hội nghị sơ kết quý I.");
    }

    [Fact]
    public void Drops_a_labelled_teaser_card_set_between_the_body_paragraphs()
    {
        var card = "<div class=\"inline-card\"><span class=\"card-label\">Xem thêm</span><div class=\"card-body\"><a class=\"card-title\" href=\"/x.htm\">Phố đi bộ mới đón khách từ cuối tuần này</a>"
            + "<p class=\"card-sapo\">Tuyến phố dài gần 600m sẽ cấm xe từ 18h đến 23h các ngày cuối tuần để phục vụ người dân vui chơi.</p></div></div>";

        Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + Content(card))).Blocks.Should().Equal(Lead, Body1, Body2);
    }

    [Fact]
    public void Drops_a_labelled_fact_box_but_keeps_a_quoted_statement_beside_it()
    {
        const string Quote = "Tỉnh luôn đồng hành với nhà đầu tư nghiêm túc, nhưng không thể để đất đai bị giữ chỗ năm này qua năm khác.";
        var box = "<div class=\"box-thongtinthem\" style=\"float:right\"><div class=\"box-head\">Thông tin thêm</div><ul>"
            + "<li>Từ năm 2020 đến nay, tỉnh đã thu hồi 31 dự án với tổng diện tích khoảng 410 ha.</li><li>Năm 2024, có 9 dự án được gia hạn tiến độ.</li></ul></div>"
            + $"<blockquote class=\"quote-statement\"><p>{Quote}</p></blockquote>";

        Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + Content(box))).Blocks.Should().Equal(Lead, Quote, Body1, Body2);
    }

    [Fact]
    public void Ends_the_body_before_the_notes_and_references_printed_after_it()
    {
        var notes = "<div class=\"chuthich\"><p><strong>Chú thích:</strong></p><p class=\"note\">(1) Báo cáo tổng kết công tác văn hóa năm 2023.</p></div>"
            + "<div class=\"tailieu\"><h3>Tài liệu tham khảo</h3><ol><li>Nguyễn Thị Hảo (2021), Cộng đồng và di sản, Nxb Văn hóa dân tộc, Hà Nội.</li></ol></div>";

        var article = Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(notes)));

        article.Blocks.Should().Equal(Lead, Body1, Body2, Body1, Body2);
        article.Captions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("16:40 hôm qua", "2025-06-20T16:40:00+07:00")]
    [InlineData("Hôm nay, 08:15", "2025-06-20T08:15:00+07:00")]
    [InlineData("3 ngày trước", "2025-06-20")]
    public void Completes_the_addresss_date_with_a_time_printed_beside_a_relative_day(string ago, string expected)
    {
        var header = $"<header class=\"entry-header\"><h1>Hội nghị sơ kết</h1><div class=\"entry-meta\"><span class=\"author\">Lương Thảo</span> · <span class=\"ago\">{ago}</span> · <span>4 phút đọc</span></div></header>";
        var html = Page("<title>x</title>", Menu + "<div class=\"post\">" + header + LongContent() + "</div>");

        (Extractor.Read(html, new HtmlPageHints { Url = "https://phothi.vn/2025/06/20/hoi-nghi-so-ket/" }).Published?.ToIsoString() ?? "none").Should().Be(expected);
    }

    [Fact]
    public void Keeps_a_photo_credit_set_apart_inside_a_caption()
    {
        var figure = "<figure><img src=\"a.jpg\"><figcaption>Quang cảnh hội nghị. <span class=\"photo-credit\">(Ảnh: Y Khoa Niê)</span></figcaption></figure>";

        var article = Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + Content(figure)));

        article.Captions.Should().Equal("Quang cảnh hội nghị. (Ảnh: Y Khoa Niê)");
        article.Authors.Should().BeEmpty();
    }

    [Fact]
    public void Reads_the_writers_of_avatar_boxes_above_the_body()
    {
        var boxes = "<div class=\"author-top\"><div class=\"au\"><img src=\"0.png\"><a href=\"/tac-gia/0\">Sùng A Páo</a> <a class=\"au-profile\" href=\"/tac-gia/0\">Xem hồ sơ</a></div>"
            + " <div class=\"au\"><img src=\"1.png\"><a href=\"/tac-gia/1\">Đặng Hữu Lộc</a> <a class=\"au-profile\" href=\"/tac-gia/1\">Xem hồ sơ</a></div></div>";

        Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + boxes + LongContent())).Authors.Should().Equal("Sùng A Páo", "Đặng Hữu Lộc");
    }

    /// <summary>A portal page: a dateline in words, and a "Thông tin tác giả" panel closing the body with a later edit date.</summary>
    private static string PortalPage(string panelTitle) =>
        Page("<title>Hội nghị sơ kết</title><meta name=\"author\" content=\"Cổng TTĐT tỉnh\">",
            Menu + "<h1>Hội nghị sơ kết</h1><div class=\"news-meta\"><span class=\"news-date\">8 giờ 30 phút, ngày 09/09/2025</span></div>"
            + LongContent($"<div class=\"panel panel-author\"><div class=\"panel-heading\">{panelTitle}</div><table class=\"tbl-author\">"
                + "<tr><td>Tác giả:</td><td>Vàng Seo Dính, Lù Thị Mai</td></tr><tr><td>Nguồn tin:</td><td>Văn phòng UBND tỉnh</td></tr>"
                + "<tr><td>Cập nhật lần cuối:</td><td>10/09/2025 14:02</td></tr><tr><td>Số lượt xem:</td><td>873</td></tr></table></div>"));

    [Fact]
    public void An_author_panel_closing_the_body_is_read_for_its_writers_not_kept_as_text()
    {
        var article = Extractor.Read(PortalPage("Thông tin tác giả"));

        article.Authors.Should().Equal("Vàng Seo Dính", "Lù Thị Mai");
        article.Body.Should().NotContain("Thông tin tác giả").And.NotContain("Văn phòng UBND tỉnh");
    }

    [Fact]
    public void A_last_update_row_does_not_date_the_article()
    {
        // Without the panel's label the rows stay in the body; the row's label alone must keep its date from winning.
        (Extractor.Read(PortalPage("Chi tiết")).Published?.ToIsoString() ?? "none").Should().Be("2025-09-09T08:30:00+07:00");
    }

    [Fact]
    public void A_portal_named_as_the_meta_author_is_no_writer()
    {
        var html = Page("<title>Hội nghị sơ kết</title><meta name=\"author\" content=\"Cổng TTĐT tỉnh\">", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent());

        Extractor.Read(html).Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_poll_closing_the_body_is_not_body()
    {
        var poll = "<div class=\"poll\"><h3>Bình chọn</h3><p>Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến?</p>"
            + "<label><input type=\"radio\"> Hài lòng</label><button>Bình chọn</button> <span>1.532 lượt bình chọn</span></div>";

        var body = Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(poll))).Body;

        body.Should().Contain(Body2).And.NotContain("Bạn đánh giá").And.NotContain("lượt bình chọn");
    }

    [Fact]
    public void A_summary_box_in_another_language_than_the_page_is_not_body()
    {
        var summary = "<div class=\"summary-en\" lang=\"en\"><h4>Summary in English</h4><p>A concrete bridge linking two border villages was inaugurated on October 23.</p></div>";
        var html = Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(summary)).Replace("<html>", "<html lang=\"vi\">", StringComparison.Ordinal);

        Extractor.Read(html).Body.Should().Contain(Body2).And.NotContain("Summary in English").And.NotContain("concrete bridge");
    }

    [Fact]
    public void A_work_schedule_box_in_the_articles_column_is_not_body()
    {
        var schedule = "<div class=\"lich-cong-tac\"><h3>Lịch công tác tuần</h3><table><tr><td>Thứ Hai, 20/10/2025</td><td>08h00: Chủ tịch UBND huyện họp giao ban tuần</td></tr>"
            + "<tr><td>Thứ Ba, 21/10/2025</td><td>14h00: Phó Chủ tịch kiểm tra tiến độ công trình trường học của huyện</td></tr></table></div>";
        var html = Page("<title>x</title>", Menu + "<div class=\"col\">" + schedule + "<h1>Hội nghị sơ kết</h1>" + LongContent("<p>Tin: Khánh Linh</p>") + "</div>"
            + "<div class=\"box\">Số lượt truy cập: 2.460.118</div>");

        var article = Extractor.Read(html);

        article.Body.Should().Contain(Body2).And.NotContain("giao ban tuần").And.NotContain("lượt truy cập");
        article.Authors.Should().Equal("Khánh Linh");
    }

    [Theory]
    [InlineData("Written by Nông Thị Hạnh", "", new[] { "Nông Thị Hạnh" })]
    [InlineData("Được viết bởi Administrator", "<p style=\"text-align:right\"><strong>Lò Văn Khánh - Cầm Thị Duyên</strong></p>", new[] { "Lò Văn Khánh", "Cầm Thị Duyên" })]
    public void Reads_a_cms_byline_row_but_not_its_account_and_drops_the_last_update_row(string bylineRow, string ending, string[] expected)
    {
        var html = Page("<title>x</title>", Menu + "<div class=\"main\"><table class=\"contentpaneopen\"><tr><td class=\"contentheading\">Hội nghị sơ kết công tác xây dựng Đảng</td></tr></table>"
            + $"<table class=\"contentpaneopen\"><tr><td><span class=\"small\">{bylineRow}</span></td></tr><tr><td class=\"createdate\">Thứ năm, 02 Tháng 10 2025 16:22</td></tr>"
            + $"<tr><td><p>{Lead}</p><p>{Body1}</p><p>{Body2}</p><p>{Body1}</p><p>{Body2}</p>{ending}</td></tr>"
            + "<tr><td class=\"modifydate\">Lần cập nhật cuối ( Thứ sáu, 03 Tháng 10 2025 08:10 )</td></tr></table></div>");

        var article = Extractor.Read(html);

        article.Authors.Should().Equal(expected);
        article.Body.Should().Contain(Body2).And.NotContain("Lần cập nhật cuối");
    }

    [Fact]
    public void A_labelled_abstract_above_the_body_is_no_lead_and_each_writers_box_names_a_writer()
    {
        var head = "<div class=\"author-info\"><div class=\"author-name\">ThS. Vũ Thị Ngọc Anh</div><div class=\"author-unit\">Trường Chính trị tỉnh</div></div>"
            + "<div class=\"author-info\"><div class=\"author-name\">Lê Hoàng Sơn</div><div class=\"author-unit\">Ban Dân vận Tỉnh ủy</div></div>"
            + "<div class=\"abstract\"><strong>Tóm tắt:</strong> Người có uy tín là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào. Bài viết làm rõ vai trò của lực lượng này.</div>";
        var sameIssue = "<div class=\"same-issue\"><h3>Bài viết cùng số</h3><ul><li><a href=\"/a\">Kết nạp đảng viên mới tại chi bộ thôn Bản Lầu</a></li>"
            + "<li><a href=\"/b\">Giao ban công tác Đảng 6 tháng đầu năm</a></li><li><a href=\"/c\">Triển khai nhiệm vụ công tác tuyên giáo</a></li></ul></div>";
        var html = Page("<title>x</title>", Menu + "<div class=\"wrap\"><h1>Hội nghị sơ kết công tác xây dựng Đảng</h1>" + head + LongContent() + sameIssue + "</div>");

        var article = Extractor.Read(html);

        article.Body.Should().StartWith(Lead).And.NotContain("cầu nối quan trọng");
        article.Authors.Should().Equal("Vũ Thị Ngọc Anh", "Lê Hoàng Sơn");
    }

    [Fact]
    public void An_articles_h1_naming_its_section_yields_to_the_headline_it_prints_elsewhere()
    {
        const string headline = "Thành phố mở thêm 12 tuyến xe buýt điện kết nối khu đô thị mới";
        var html = Page($"<title>{headline} - Thành Phố Xanh</title><meta property=\"og:title\" content=\"{headline}\">",
            Menu + $"<article><h1 class=\"cat-name\"><a href=\"/giao-thong\">Giao thông</a></h1><header class=\"post-head\"><p class=\"title\">{headline}</p></header>"
            + LongContent() + "</article>");

        Extractor.Read(html).Title.Should().Be(headline);
    }

    [Fact]
    public void A_gallerys_toolbar_line_is_not_body_but_its_numbered_captions_are_kept()
    {
        var gallery = "<div class=\"photo-gallery\"><div class=\"gal-nav\">Bộ ảnh (2 ảnh) · Xem toàn màn hình</div>"
            + "<figure><img src=\"a.jpg\"><figcaption>Ảnh 1: Quang cảnh hội nghị.</figcaption></figure><figure><img src=\"b.jpg\"><figcaption>Ảnh 2: Đại biểu phát biểu.</figcaption></figure></div>";

        var article = Extractor.Read(Page("<title>x</title>", Menu + "<h1>Hội nghị sơ kết</h1>" + LongContent(gallery)));

        article.Body.Should().NotContain("Bộ ảnh");
        article.Captions.Should().Equal("Ảnh 1: Quang cảnh hội nghị.", "Ảnh 2: Đại biểu phát biểu.");
    }
}
