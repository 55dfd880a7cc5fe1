using Extractor.Learning.Text;

namespace Extractor.Learning.Tests.Text;

public sealed class SyllableTokenizerTests
{
    [Theory]
    [InlineData("Bí thư Tỉnh ủy", "Bí|thư|Tỉnh|ủy")]
    [InlineData("hơn 1.600 đảng viên", "hơn|1.600|đảng|viên")]
    [InlineData("(đạt 81,01%)", "(|đạt|81,01|%|)")]
    [InlineData("Sáng 2-7, TP. Nha Trang", "Sáng|2|-|7|,|TP|.|Nha|Trang")]
    [InlineData("Đ/c Hà", "Đ|/|c|Hà")]
    [InlineData("năm 2024.", "năm|2024|.")]
    public void Splits_syllables_numbers_and_marks(string text, string expected)
    {
        SyllableTokenizer.Tokenize(text).Select(t => t.Of(text)).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("Ủy ban\u00A0nhân dân  \t tỉnh\r\n– 12,5 %")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\u0301b 𝔸 😀 …")]
    public void Keeps_every_non_space_character_in_exactly_one_token(string text)
    {
        var tokens = SyllableTokenizer.Tokenize(text);
        var covered = string.Concat(tokens.Select(t => t.Of(text)));
        covered.Should().Be(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
    }

    [Theory]
    [InlineData("Hội nghị bế mạc. Đồng chí An phát biểu.", 2)]
    [InlineData("Tại TP. Hồ Chí Minh có 3 người.", 1)]
    [InlineData("Dòng một\nDòng hai\n\nDòng ba", 3)]
    [InlineData("Tỷ lệ đạt 81,01. con số", 1)]
    public void Ends_sentences_at_line_breaks_and_stops_before_capitals(string text, int sentences)
    {
        SyllableTokenizer.Sentences(text, SyllableTokenizer.Tokenize(text)).Should().HaveCount(sentences);
    }
}
