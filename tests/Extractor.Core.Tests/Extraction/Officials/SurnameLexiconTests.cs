using Extractor.Extraction.Officials;

namespace Extractor.Core.Tests.Extraction.Officials;

public class SurnameLexiconTests
{
    [Theory]
    [InlineData("Nguyễn")]
    [InlineData("NGUYỄN")]
    [InlineData("Trần")]
    [InlineData("Hoàng")]
    [InlineData("Huỳnh")]
    [InlineData("Vũ")]
    [InlineData("Võ")]
    [InlineData("Đặng")]
    [InlineData("Ngô")]
    [InlineData("Lý")]
    [InlineData("Chẩu")]
    [InlineData("Rah")]
    [InlineData("Ksor")]
    [InlineData("Lò")]
    [InlineData("Cấn")]
    [InlineData("CẤN")]
    [InlineData("Chẻo")]
    [InlineData("Phàn")]
    [InlineData("Tráng")]
    [InlineData("Chang")]
    [InlineData("Ksơr")]
    [InlineData("Alăng")]
    [InlineData("Pơloong")]
    [InlineData("Chamaléa")]
    [InlineData("Ngọ")]
    [InlineData("Đới")]
    public void Knows_common_and_rarer_surnames_in_any_case(string surname) =>
        SurnameLexicon.Default.Contains(surname).Should().BeTrue();

    [Theory]
    [InlineData("Tỉnh")]
    [InlineData("Bí")]
    [InlineData("Sở")]
    [InlineData("Nguyên")]
    public void Does_not_take_ordinary_words_for_surnames(string word) =>
        SurnameLexicon.Default.Contains(word).Should().BeFalse();

    [Fact]
    public void Lists_each_surname_once()
    {
        var entries = SurnameLexicon.Default.Entries;

        entries.Should().OnlyHaveUniqueItems().And.HaveCountGreaterThan(100);
    }
}
