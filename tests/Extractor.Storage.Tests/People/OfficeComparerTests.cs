using Extractor.Storage.People;

namespace Extractor.Storage.Tests.People;

public sealed class OfficeComparerTests
{
    [Theory]
    [InlineData("Bí thư Huyện ủy Hòa Sơn", "Bí thư Huyện ủy Bình Minh", true)]
    [InlineData("Bí thư Huyện ủy", "Bí thư Tỉnh ủy", true)]
    [InlineData("Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh", true)]
    [InlineData("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Tân Lập", false)]
    [InlineData("Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh", false)]
    [InlineData("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", false)]
    [InlineData("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy", false)]
    [InlineData("Bí thư Trung ương Đảng", "Bí thư Tỉnh ủy", false)]
    [InlineData("Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy", false)]
    [InlineData("Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", false)]
    public void Tells_which_titles_one_person_cannot_hold_together(string a, string b, bool conflict)
    {
        var offices = OfficeComparer.Default;

        offices.Conflict(offices.Canonical(a), offices.Canonical(b)).Should().Be(conflict);
        offices.Conflict(offices.Canonical(b), offices.Canonical(a)).Should().Be(conflict);
    }

    [Theory]
    [InlineData("Ủy viên Bộ Chính trị", true)]
    [InlineData("Trưởng ban Tổ chức Trung ương", true)]
    [InlineData("Ủy viên BCH TW Đảng", true)]
    [InlineData("Phó Thủ tướng Chính phủ", true)]
    [InlineData("Bí thư Tỉnh ủy", false)]
    [InlineData("Tỉnh ủy viên", false)]
    public void Knows_national_offices_from_the_lexicon(string title, bool national)
    {
        var offices = OfficeComparer.Default;

        offices.IsNational(offices.Canonical(title)).Should().Be(national);
    }
}
