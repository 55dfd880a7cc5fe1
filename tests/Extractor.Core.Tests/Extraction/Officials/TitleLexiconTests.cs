using Extractor.Extraction.Officials;

namespace Extractor.Core.Tests.Extraction.Officials;

public class TitleLexiconTests
{
    private static readonly TitleLexicon Lexicon = TitleLexicon.Default;

    [Theory]
    [InlineData("Bí thư", TitleWordClass.Office)]
    [InlineData("Trưởng ban", TitleWordClass.Office)]
    [InlineData("Chánh Văn phòng", TitleWordClass.Office)]
    [InlineData("Tỉnh uỷ viên", TitleWordClass.Membership)]
    [InlineData("TUV", TitleWordClass.Office)]
    [InlineData("UVBTV", TitleWordClass.Office)]
    [InlineData("Phó", TitleWordClass.Modifier)]
    [InlineData("nguyên", TitleWordClass.Modifier)]
    [InlineData("Quyền", TitleWordClass.Modifier)]
    [InlineData("Đại tá", TitleWordClass.Rank)]
    [InlineData("Thiếu tướng", TitleWordClass.Rank)]
    [InlineData("UBND", TitleWordClass.Body)]
    [InlineData("HĐND", TitleWordClass.Body)]
    [InlineData("MTTQ", TitleWordClass.Body)]
    [InlineData("UBKT", TitleWordClass.Body)]
    [InlineData("TCCS", TitleWordClass.Body)]
    [InlineData("BTV", TitleWordClass.Body)]
    [InlineData("Trung ương", TitleWordClass.Level)]
    [InlineData("tỉnh", TitleWordClass.Level)]
    [InlineData("huyện", TitleWordClass.Level)]
    [InlineData("xã", TitleWordClass.Level)]
    [InlineData("Khối", TitleWordClass.Level)]
    [InlineData("đồng chí", TitleWordClass.Honorific)]
    [InlineData("Đ/c", TitleWordClass.Honorific)]
    public void Knows_the_class_of_each_phrase_in_any_case_or_tone_placement(string phrase, TitleWordClass expected) =>
        Lexicon.ClassOf(phrase).Should().HaveFlag(expected);

    [Theory]
    [InlineData("UBND", "Ủy ban nhân dân")]
    [InlineData("HĐND", "Hội đồng nhân dân")]
    [InlineData("TUV", "Tỉnh ủy viên")]
    [InlineData("UVBTV", "Ủy viên Ban Thường vụ")]
    public void Expands_abbreviations(string abbreviation, string expansion) =>
        Lexicon.Expand(abbreviation).Should().Be(expansion);

    [Theory]
    [InlineData(new[] { "Phó", "Bí", "thư", "Tỉnh", "ủy" }, 1, 2)]
    [InlineData(new[] { "Ủy", "viên", "Ban", "Thường", "vụ" }, 0, 2)]
    [InlineData(new[] { "Uỷ", "viên", "Thường", "vụ" }, 0, 4)]
    [InlineData(new[] { "các", "đảng", "viên" }, 0, 0)]
    public void Matches_the_longest_office_head_at_a_word(string[] words, int start, int expected) =>
        Lexicon.Match(words, start, TitleWordClass.TitleHead).Should().Be(expected);

    [Fact]
    public void Builds_from_entries_given_in_code()
    {
        var lexicon = TitleLexicon.From([new TitleLexiconEntry("Trưởng khu", TitleWordClass.Office)]);

        lexicon.ClassOf("trưởng khu").Should().Be(TitleWordClass.Office);
        lexicon.ClassOf("Bí thư").Should().Be(TitleWordClass.None);
    }
}
