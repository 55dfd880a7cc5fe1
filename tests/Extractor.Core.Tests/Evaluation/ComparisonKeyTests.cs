using Extractor.Evaluation;

namespace Extractor.Core.Tests.Evaluation;

public class ComparisonKeyTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("PHẠM MINH CHÍNH", "Phạm Minh Chính")]
    [InlineData("Trưởng Ban Tổ chức  Tỉnh ủy", "trưởng ban tổ chức tỉnh ủy")]
    [InlineData("T.LĨNH - V.ANH", "t lĩnh v anh")]
    [InlineData("Ủy viên Ban Thường vụ – Trưởng ban", "ủy viên ban thường vụ trưởng ban")]
    public void Equivalent_forms_share_a_key(string a, string b) =>
        ComparisonKey.Of(a).Should().Be(ComparisonKey.Of(b));

    [Theory]
    [InlineData("hòa", "hoa")]
    [InlineData("Lê", "Lễ")]
    [InlineData("đảng viên", "dang vien")]
    [InlineData("Bí thư", "Bí thứ")]
    public void Different_words_keep_different_keys(string a, string b) =>
        ComparisonKey.Of(a).Should().NotBe(ComparisonKey.Of(b));
}
