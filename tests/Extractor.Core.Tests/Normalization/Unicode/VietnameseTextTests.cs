using System.Text;
using Extractor.Normalization;
using Extractor.Normalization.Unicode;

namespace Extractor.Core.Tests.Normalization.Unicode;

public sealed class VietnameseTextTests
{
    public static TheoryData<string, string> Canonical => new()
    {
        // Tone placement: the classic style, one form for old and new spellings.
        { "hoà", "hòa" },
        { "hòa", "hòa" },
        { "Hoà Bình", "Hòa Bình" },
        { "Uỷ ban", "Ủy ban" },
        { "Ủy ban", "Ủy ban" },
        { "UỶ BAN", "ỦY BAN" },
        { "thuỷ", "thủy" },
        { "Thuý", "Thúy" },
        { "khoẻ", "khỏe" },
        { "xoè", "xòe" },
        { "loà", "lòa" },
        { "hoàng", "hoàng" },
        { "toán", "toán" },
        { "huỳnh", "huỳnh" },
        { "Huỳnh", "Huỳnh" },
        { "quý", "quý" },
        { "quả", "quả" },
        { "già", "già" },
        { "giữ gìn", "giữ gìn" },
        { "ngoài", "ngoài" },
        { "khuya", "khuya" },
        { "người", "người" },
        { "Nguyễn", "Nguyễn" },
        { "thuở", "thuở" },
        { "mùa", "mùa" },
        { "tài", "tài" },
        { "Vũ Huy Hoà", "Vũ Huy Hòa" },
        { "Thanh Hoá", "Thanh Hóa" },
        { "Khánh Hoà", "Khánh Hòa" },
        { "thuyết", "thuyết" },
        { "Quyền", "Quyền" },
        // Decomposed marks (NFD, Windows-1258 style) compose.
        { "Nguye\u0302\u0303n", "Nguyễn" },
        { "Vie\u0323\u0302t Nam", "Việt Nam" },
        { "ho\u0300a", "hòa" },
        { "hoa\u0300", "hòa" },
        { "U\u0309y ban", "Ủy ban" },
        // Look-alikes and invisible characters.
        { "\u00D0ảng", "Đảng" },
        { "\u00F0ảng viên", "đảng viên" },
        { "Đảng\u00A0viên", "Đảng viên" },
        { "đảng\u200Bviên", "đảngviên" },
        { "Bí\u00ADthư", "Bíthư" },
        { "\uFEFFTỉnh ủy", "Tỉnh ủy" },
        { "Tỉnh  ủy", "Tỉnh ủy" },
        { "Tỉnh\tủy", "Tỉnh ủy" },
        { "  Tỉnh ủy  ", "Tỉnh ủy" },
        { "Tỉnh\u2009ủy", "Tỉnh ủy" },
        { "Tỉnh\u3000ủy", "Tỉnh ủy" },
        { "Tỉnh\u202Fủy", "Tỉnh ủy" },
        // Legacy encodings read through Windows-1252.
        { "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam" },
        { "§¶ng viªn", "Đảng viên" },
        { "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam" },
        { "Ñaûng vieân", "Đảng viên" },
        { "Tænh uûy", "Tỉnh ủy" },
        // Plain text stays as it is.
        { "UBND tỉnh", "UBND tỉnh" },
        { "Cà phê", "Cà phê" },
        { "café crème", "café crème" },
        { "81,01%", "81,01%" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Puts_an_expression_into_canonical_form(string raw, string expected)
    {
        VietnameseText.NormalizeExpression(raw).Text.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Is_idempotent(string raw, string _)
    {
        var once = VietnameseText.Normalize(raw).Text;

        VietnameseText.Normalize(once).Text.Should().Be(once);
    }

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Maps_every_offset_back_into_the_raw_text(string raw, string _)
    {
        var normalized = VietnameseText.Normalize(raw);

        normalized.RawOffsets.Length.Should().Be(normalized.Text.Length + 1);
        normalized.RawOffsets[^1].Should().Be(raw.Length);
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            normalized.RawOffsets[i].Should().BeInRange(0, raw.Length - 1);
            if (i > 0)
            {
                normalized.RawOffsets[i].Should().BeGreaterThan(normalized.RawOffsets[i - 1]);
            }
        }
    }

    [Fact]
    public void Keeps_line_breaks_in_an_article_and_folds_crlf()
    {
        var normalized = VietnameseText.Normalize("Tiêu đề\r\n\r\nThân bài  hoà \nkết");

        normalized.Text.Should().Be("Tiêu đề\n\nThân bài hòa\nkết");
    }

    [Fact]
    public void Maps_a_word_after_removed_characters_to_its_raw_position()
    {
        const string raw = "Uỷ\u00A0\u00A0ban \u200Bnhân dân";
        var normalized = VietnameseText.Normalize(raw);
        var at = normalized.Text.IndexOf("nhân", StringComparison.Ordinal);

        raw.Substring(normalized.RawOffsets[at], 4).Should().Be("nhân");
    }

    [Fact]
    public void Survives_random_unicode_strings_and_stays_idempotent()
    {
        var random = new Random(1234);
        const string alphabet = "aăâeêioôơuưyđĐ\u0300\u0301\u0303\u0309\u0323\u00A0\u200B\u00AD\r\n\t ÐUỷhoà1.,%";
        for (var round = 0; round < 500; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var raw = sb.ToString();
            var once = VietnameseText.Normalize(raw);
            VietnameseText.Normalize(once.Text).Text.Should().Be(once.Text, "normalizing \"{0}\" twice must change nothing", raw);
            once.RawOffsets.Length.Should().Be(once.Text.Length + 1);
            once.RawOffsets.Should().BeInAscendingOrder();
        }
    }

    [Theory]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Đảng ủy", "dang uy")]
    [InlineData("ĐẢNG", "dang")]
    [InlineData("\u00D0ảng", "dang")]
    [InlineData("Nguye\u0302\u0303n  Văn\u00A0A", "nguyen van a")]
    [InlineData("Hòa", "hoa")]
    [InlineData("hoà", "hoa")]
    [InlineData("  Thủy  ", "thuy")]
    [InlineData("ưu tú", "uu tu")]
    [InlineData("", "")]
    public void Makes_a_search_key_without_diacritics(string text, string key)
    {
        SearchKey.Of(text).Should().Be(key);
    }
}
