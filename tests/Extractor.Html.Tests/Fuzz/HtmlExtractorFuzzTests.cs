using System.Text;
using Extractor.Html;
using Extractor.Testing;

namespace Extractor.Html.Tests.Fuzz;

/// <summary>Issue 10 item 2: the HTML extractor over random and mutated markup never throws and gives a document whose spans lie in its text.</summary>
public sealed class HtmlExtractorFuzzTests
{
    private const int Iterations = 250;

    private static readonly HtmlArticleExtractor Extractor = new();

    private const string Page =
        "<!DOCTYPE html><html><head><title>Hội nghị sơ kết - Báo tỉnh</title><meta property=\"og:title\" content=\"Hội nghị sơ kết\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-12T14:20:00+07:00\"></head><body><nav><a href=\"/\">Trang chủ</a></nav>"
        + "<article><h1>Hội nghị sơ kết công tác xây dựng Đảng</h1><div class=\"date\">14:20, 12/03/2024</div>"
        + "<p>Sáng 2-7, Ban Thường vụ Huyện ủy tổ chức hội nghị. Đồng chí Trần Quốc Hưng, Bí thư Huyện ủy chủ trì.</p>"
        + "<p>Toàn Đảng bộ kết nạp 126 đảng viên, đạt 42% chỉ tiêu năm; 28/31 tổ chức cơ sở đảng hoàn thành.</p>"
        + "<p class=\"author\">MINH KHÔI</p></article><footer>Bản quyền</footer><script>var x = '<p>không phải bài</p>';</script></body></html>";

    public static TheoryData<string, int> Generators() => new()
    {
        { "markup", 11 },
        { "mutated-page", 12 },
        { "bytes", 13 },
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void Extracting_never_throws_and_keeps_spans_inside_the_text(string generator, int seed)
    {
        var fuzz = new FuzzText(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = generator switch
            {
                "markup" => Encoding.UTF8.GetBytes(fuzz.Markup(120)),
                "mutated-page" => Encoding.UTF8.GetBytes(fuzz.Mutate(Page, fuzz.Random.Next(1, 40))),
                _ => fuzz.Bytes(3000),
            };

            var document = Extractor.Extract(bytes, $"fuzz-{generator}-{i}.html");

            var because = $"{generator} #{i} (seed {seed})";
            document.Text.Should().NotBeNull(because);
            if (document.TitleSpan is { } title)
            {
                title.IsWithin(document.Text.Length).Should().BeTrue(because);
            }

            document.Furniture.Where(span => !span.IsWithin(document.Text.Length)).Should().BeEmpty(because);
            if (document.Source.Published is { } published)
            {
                published.Date.Year.Should().BeInRange(1900, 2200, because);
            }
        }
    }
}
