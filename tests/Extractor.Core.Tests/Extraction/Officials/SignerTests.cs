using Extractor.Documents;
using Extractor.Extraction.Officials;

namespace Extractor.Core.Tests.Extraction.Officials;

/// <summary>The signer of a notice's signature block is an official holding the offices printed above the name.</summary>
public sealed class SignerTests
{
    private static readonly OfficialStage Stage = new();

    private static IEnumerable<string> Describe(string text) =>
        Stage.Process(ArticleDocument.FromText(text)).Officials.Select(o => o.Name + " | " + string.Join(" ; ", o.Titles));

    [Theory]
    [InlineData(
        "Lịch làm việc tuần của Thường trực Huyện ủy\n\nThứ Ba: họp giao ban khối Dân vận.\n\nTL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n(Đã ký)\nLương Thị Mai Hoa",
        "Lương Thị Mai Hoa | CHÁNH VĂN PHÒNG")]
    [InlineData(
        "Thông báo kết luận buổi làm việc với Đảng ủy xã Tân Phú.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐinh Công Tráng",
        "Đinh Công Tráng | PHÓ BÍ THƯ")]
    public void Reads_the_signer_with_the_offices_above_the_name(string text, string expected)
    {
        Describe(text).Should().Contain(expected);
    }

    [Fact]
    public void A_closing_byline_is_not_a_signature()
    {
        const string text = "Sáng 3-4, Huyện ủy tổ chức hội nghị học tập nghị quyết cho cán bộ chủ chốt.\n\nMINH TÂM";

        Describe(text).Should().BeEmpty();
    }
}
