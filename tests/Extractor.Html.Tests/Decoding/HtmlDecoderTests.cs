using System.Text;
using Extractor.Html.Decoding;

namespace Extractor.Html.Tests.Decoding;

public class HtmlDecoderTests
{
    private const string Vietnamese = "Đảng ủy Khối tổ chức hội nghị";

    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string charsetMeta, Encoding encoding) =>
        encoding.CodePage == 1258
            ? Windows1258($"<html><head>{charsetMeta}<title>t</title></head><body><p>{Vietnamese}</p></body></html>")
            : encoding.GetBytes($"<html><head>{charsetMeta}<title>t</title></head><body><p>{Vietnamese}</p></body></html>");

    /// <summary>Windows-1258 as Vietnamese pages write it: precomposed letters where the code page has them, tone marks combining.</summary>
    private static byte[] Windows1258(string text)
    {
        var cp1258 = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = new List<byte>();
        foreach (var c in text)
        {
            try
            {
                bytes.AddRange(cp1258.GetBytes(c.ToString()));
            }
            catch (EncoderFallbackException)
            {
                var parts = c.ToString().Normalize(NormalizationForm.FormD);
                var tones = parts.Where(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray();
                var letter = new string(parts.Where(m => !tones.Contains(m)).ToArray()).Normalize(NormalizationForm.FormC);
                bytes.AddRange(cp1258.GetBytes(letter + new string(tones)));
            }
        }

        return [.. bytes];
    }

    [Theory]
    [InlineData("text/html; charset=windows-1258", "")]
    [InlineData("windows-1258", "<meta charset=\"utf-8\">")]
    public void Takes_the_http_header_charset_over_the_page_s_own(string header, string meta)
    {
        var bytes = Page(meta, Encoding.GetEncoding(1258));

        var page = HtmlDecoder.Decode(bytes, header);

        page.Html.Should().Contain(Vietnamese);
        page.EncodingName.Should().Be("windows-1258");
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1258\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">")]
    public void Reads_the_meta_charset_when_the_header_has_none(string meta)
    {
        var page = HtmlDecoder.Decode(Page(meta, Encoding.GetEncoding(1258)), null);

        page.Html.Should().Contain(Vietnamese);
    }

    [Fact]
    public void Detects_windows_1258_when_nothing_is_declared()
    {
        var page = HtmlDecoder.Decode(Page("", Encoding.GetEncoding(1258)), null);

        page.Html.Should().Contain(Vietnamese);
        page.EncodingName.Should().Be("windows-1258");
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_declaration()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Page("<meta charset=\"iso-8859-1\">", Encoding.UTF8)).ToArray();

        HtmlDecoder.Decode(bytes, null).Html.Should().Contain(Vietnamese);
    }

    [Fact]
    public void Repairs_utf8_that_was_read_as_latin1()
    {
        var mojibake = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Vietnamese));
        mojibake.Should().StartWith("Ä\u0090áº£ng");
        var errors = new List<string>();

        HtmlDecoder.Repair($"<p>{mojibake}</p>", errors).Should().Be($"<p>{Vietnamese}</p>");
        errors.Should().ContainSingle(e => e.Contains("mojibake"));
    }

    [Theory]
    [InlineData("Grüße aus Köln, naïve café")]
    [InlineData("Â« guillemets » seuls")]
    public void Leaves_real_latin1_text_alone(string text)
    {
        HtmlDecoder.Repair(text, []).Should().Be(text);
    }

    [Fact]
    public void Puts_decomposed_text_in_nfc()
    {
        var nfd = Vietnamese.Normalize(NormalizationForm.FormD);

        HtmlDecoder.Decode(Encoding.UTF8.GetBytes(nfd), null).Html.Should().Be(Vietnamese);
    }

    [Fact]
    public void Reports_invalid_bytes_without_failing()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><p>" + Vietnamese + "</p>").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes("<p>ok</p>")).ToArray();

        var page = HtmlDecoder.Decode(bytes, null);

        page.Html.Should().Contain(Vietnamese).And.Contain("\uFFFD");
        page.Errors.Should().ContainSingle(e => e.Contains("invalid"));
    }

    [Fact]
    public void Reports_an_unknown_charset_and_detects_instead()
    {
        var page = HtmlDecoder.Decode(Encoding.UTF8.GetBytes($"<p>{Vietnamese}</p>"), "x-no-such-charset");

        page.Html.Should().Contain(Vietnamese);
        page.Errors.Should().ContainSingle(e => e.Contains("x-no-such-charset"));
    }

    [Fact]
    public void Converts_a_page_typed_in_tcvn3_for_the_vntime_font()
    {
        // TCVN3 bytes as an old provincial page stored them, declared only by the font it was shown with.
        var legacy = "Ban Th\u00ADêng vô TØnh ñy häp phiªn th\u00B8ng";
        var bytes = Encoding.GetEncoding(1252).GetBytes($"<html><head><style>p {{ font-family: .VnTime; }}</style></head><body><p>{legacy}</p></body></html>");

        var page = HtmlDecoder.Decode(bytes, null);

        page.Html.Should().Contain("Ban Thường vụ Tỉnh ủy họp phiên tháng");
        page.Errors.Should().ContainSingle(e => e.Contains("Tcvn3"));
    }

    [Fact]
    public void Converts_a_page_typed_in_vni_for_the_vni_times_font()
    {
        var legacy = "Ban Thöôøng vuï Tænh uûy";
        var bytes = Encoding.GetEncoding(1252).GetBytes($"<html><body><p><font face=\"VNI-Times\">{legacy}</font></p></body></html>");

        var page = HtmlDecoder.Decode(bytes, null);

        page.Html.Should().Contain("Ban Thường vụ Tỉnh ủy");
        page.Errors.Should().ContainSingle(e => e.Contains("Vni"));
    }

    [Fact]
    public void Leaves_unicode_text_alone_when_a_legacy_font_is_only_named()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"utf-8\"><style>.old {{ font-family: .VnTime; }}</style></head><body><p>{Vietnamese}, Cà phê sữa đá</p></body></html>");

        var page = HtmlDecoder.Decode(bytes, null);

        page.Html.Should().Contain(Vietnamese + ", Cà phê sữa đá");
    }

    [Fact]
    public void Keeps_undeclared_utf8_with_a_few_bad_bytes_as_utf8()
    {
        var text = string.Concat(Enumerable.Repeat($"<p>{Vietnamese}.</p>", 20));
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xFF, 0xC3 }).Concat(Encoding.UTF8.GetBytes($"<p>{Vietnamese}</p>")).ToArray();

        var page = HtmlDecoder.Decode(bytes, null);

        page.EncodingName.Should().Be("utf-8");
        page.Html.Should().Contain(Vietnamese);
        page.Errors.Should().ContainSingle(e => e.Contains("invalid"));
    }

    [Fact]
    public void Repairs_a_page_whose_utf8_bytes_were_saved_again_as_utf8_of_latin1()
    {
        var doubled = Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes($"<p>{Vietnamese}</p>")));

        var page = HtmlDecoder.Decode(doubled, "utf-8");

        page.Html.Should().Contain(Vietnamese);
    }
}
