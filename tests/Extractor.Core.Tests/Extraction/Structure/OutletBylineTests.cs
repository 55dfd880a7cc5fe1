using Extractor.Documents;
using Extractor.Extraction.Structure;
using Extractor.Pipeline;

namespace Extractor.Core.Tests.Extraction.Structure;

/// <summary>A site's name in capitals at the top or bottom of a page looks like a byline but names the outlet, not an author.</summary>
public sealed class OutletBylineTests
{
    private const string Lead = "Sáng 3-5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I.";

    private static ArticleDocument Run(string text)
    {
        return StructuredText.Process(text);
    }

    [Theory]
    [InlineData("CÔNG AN LÂM ĐỒNG\nHuyện ủy Tân Lập sơ kết quý I\n\n" + Lead)]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nPHÚ THỌ ONLINE")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nBÁO ĐIỆN TỬ TÂY NINH")]
    [InlineData("BÁO QUÂN KHU\nQUÂN ĐỘI - QUỐC PHÒNG\nHuyện ủy Tân Lập sơ kết quý I\n\n" + Lead)]
    public void Takes_a_site_name_in_capitals_for_no_author(string text)
    {
        Run(text).Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nBẢO NGỌC", "BẢO NGỌC")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nĐÀI TRANG - MINH KHÔI", "ĐÀI TRANG")]
    public void Keeps_a_name_that_only_resembles_an_outlet_word(string text, string first)
    {
        Run(text).Authors.Select(a => a.Name).Should().StartWith(first);
    }

    [Theory]
    [InlineData("Nhóm phóng viên")]
    [InlineData("Nhóm PV")]
    [InlineData("Ảnh và bài: Hoàng Minh", "Hoàng Minh")]
    [InlineData("Bảo Trâm/TTXVN", "Bảo Trâm")]
    [InlineData("Bài: Thanh Tùng / Ảnh: Ngọc Hân", "Thanh Tùng")]
    public void Keeps_a_team_byline_as_printed_and_reads_a_photo_story_credit(string byline, string? author = null)
    {
        Run("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\n" + byline).Authors.Select(a => a.Name).Should().Equal(author ?? byline);
    }

    [Fact]
    public void Reads_a_byline_with_the_writers_office_closing_the_page_after_the_related_links()
    {
        var text = "Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nTin cùng chuyên mục\nĐồng Phú: Trao 15 căn nhà Đại đoàn kết (11/09/2024)\nNguyễn Thị Kim Oanh - Ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh";

        Run(text).Authors.Select(a => a.Name).Should().Equal("Nguyễn Thị Kim Oanh");
    }

    [Fact]
    public void Reads_no_author_from_a_name_closing_the_page_after_the_related_links_without_an_office()
    {
        var text = "Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nTin cùng chuyên mục\nĐồng Phú: Trao 15 căn nhà Đại đoàn kết (11/09/2024)\nNguyễn Thị Kim Oanh";

        Run(text).Authors.Should().BeEmpty();
    }
}
