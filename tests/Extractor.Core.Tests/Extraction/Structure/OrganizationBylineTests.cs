using Extractor.Documents;
using Extractor.Extraction.Structure;
using Extractor.Pipeline;

namespace Extractor.Core.Tests.Extraction.Structure;

/// <summary>
/// Names of bodies, administrative units and outlets, signature blocks and weekdays are capitalised like bylines but name no
/// author; a reporter credited with "Theo … (outlet)" is one.
/// </summary>
public sealed class OrganizationBylineTests
{
    private const string Headline = "Chi bộ thôn Đồng Tâm sinh hoạt chuyên đề quý II";
    private const string Lead = "Chiều 12-6, Chi bộ thôn Đồng Tâm tổ chức sinh hoạt chuyên đề về nâng cao chất lượng đảng viên.";

    private static ArticleDocument Run(string text)
    {
        return StructuredText.Process(text);
    }

    [Theory]
    [InlineData("HUYỆN ĐOÀN TÂN LẬP\n\n" + Headline + "\n\n" + Lead)]
    [InlineData("THÀNH ỦY MỸ HÒA - TRANG THÔNG TIN ĐIỆN TỬ\n\n" + Headline + "\n\n" + Lead)]
    [InlineData("TỈNH ĐOÀN BẮC HÀ - Cổng thông tin điện tử\n\n" + Headline + "\n\n" + Lead)]
    [InlineData("UBND PHƯỜNG BẮC SƠN - THÀNH PHỐ TÂN LẬP\n\n" + Headline + "\n\n" + Lead)]
    [InlineData("Báo Tân Lập\n\n" + Headline + "\n\n" + Lead)]
    [InlineData(Headline + "\n\n" + Lead + "\n\nĐẢNG ỦY XÃ ĐỒNG TÂM")]
    [InlineData(Headline + "\n\n" + Lead + "\n\nHỘI NÔNG DÂN HUYỆN")]
    [InlineData(Headline + "\n\n" + Lead + "\n\nXÃ ĐỒNG TÂM")]
    [InlineData(Headline + "\n\n" + Lead + "\n\nTheo Tuổi Trẻ")]
    public void Takes_the_name_of_a_body_unit_or_outlet_for_no_author(string text)
    {
        Run(text).Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("THÀNH ỦY MỸ HÒA - TRANG THÔNG TIN ĐIỆN TỬ\n\n" + Headline + "\n\n" + Lead)]
    [InlineData("UBND PHƯỜNG BẮC SƠN - THÀNH PHỐ TÂN LẬP\n\n" + Headline + "\n\n" + Lead)]
    public void Takes_a_bodys_masthead_for_no_headline(string text)
    {
        Run(text).Title.Should().Be(Headline);
    }

    [Theory]
    [InlineData(Headline + "\n\n" + Lead + "\n\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n(Đã ký)\nLê Quang Vinh")]
    [InlineData(Headline + "\n\n" + Lead + "\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thị Mai")]
    [InlineData(Headline + "\n\n" + Lead + "\n\nTL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nĐã ký\nĐặng Minh Phúc")]
    [InlineData(Headline + "\n\n" + Lead + "\n\nCHÁNH VĂN PHÒNG\n(Đã ký)\nĐặng Minh Phúc")]
    public void Takes_no_line_of_a_signature_block_for_an_author(string text)
    {
        Run(text).Authors.Should().BeEmpty();
    }

    [Fact]
    public void Hands_the_signers_office_and_name_on_outside_the_furniture()
    {
        var text = Headline + "\n\n" + Lead + "\n\nTL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n(Đã ký)\nĐặng Minh Phúc\n";
        var document = Run(text);
        var block = PageLayout.Analyze(document.Text).Signatures.Should().ContainSingle().Subject;

        block.SignedFor!.Value.Of(document.Text).Should().Be("BAN THƯỜNG VỤ");
        block.Offices.Select(o => o.Of(document.Text)).Should().Equal("CHÁNH VĂN PHÒNG");
        block.Signer!.Value.Of(document.Text).Should().Be("Đặng Minh Phúc");
        document.IsFurniture(block.Signer.Value).Should().BeFalse();
    }

    [Theory]
    [InlineData("Lịch công tác tuần của Thường trực Huyện ủy\n\nTHỨ BA (14/5)\n- 8 giờ: Thường trực Huyện ủy làm việc với Đảng ủy xã Đồng Tâm.\n\nTHỨ TƯ (15/5)\n- 14 giờ: Họp Ban Thường vụ Huyện ủy.")]
    [InlineData(Headline + "\n\n" + Lead + "\n\nCHỦ NHẬT")]
    public void Takes_no_weekday_for_an_author(string text)
    {
        Run(text).Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(Headline + "\n\n" + Lead + "\n\nTheo Minh Châu (Báo Tân Lập)", new[] { "Minh Châu" })]
    [InlineData(Headline + "\n\n" + Lead + "\n\nTheo THU HIỀN (Đài PT-TH Tân Lập)", new[] { "THU HIỀN" })]
    [InlineData(Headline + "\n\n" + Lead + "\n\nĐOÀN MINH HẢI", new[] { "ĐOÀN MINH HẢI" })]
    [InlineData(Headline + "\n\n" + Lead + "\n\nBAN MAI", new[] { "BAN MAI" })]
    [InlineData(Headline + "\n\n" + Lead + "\n\nQ. Anh - TM", new[] { "Q. Anh", "TM" })]
    [InlineData(Headline + "\n\n" + Lead + "\n\nHồng Nhung - Ban Tuyên giáo Huyện ủy", new[] { "Hồng Nhung" })]
    public void Keeps_a_reporter_whose_name_resembles_a_body_or_follows_theo(string text, string[] expected)
    {
        Run(text).Authors.Select(a => a.Name).Should().Equal(expected);
    }
}
