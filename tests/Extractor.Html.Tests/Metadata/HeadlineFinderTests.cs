using Extractor.Html.Content;
using Extractor.Html.Metadata;

namespace Extractor.Html.Tests.Metadata;

public class HeadlineFinderTests
{
    [Theory]
    [InlineData("Hội nghị sơ kết quý I | Báo Tân Lập", null, "Hội nghị sơ kết quý I")]
    [InlineData("Cổng thông tin điện tử tỉnh Tân Lập - Hội nghị sơ kết quý I", null, "Hội nghị sơ kết quý I")]
    [InlineData("Hội nghị sơ kết quý I - Tin tức - Đảng bộ tỉnh Tân Lập", null, "Hội nghị sơ kết quý I - Tin tức")]
    [InlineData("Hội nghị sơ kết quý I – Tân Lập Online", "Tân Lập Online", "Hội nghị sơ kết quý I")]
    [InlineData("Hội nghị sơ kết quý I", null, "Hội nghị sơ kết quý I")]
    public void Takes_the_site_name_off_the_page_title(string title, string? siteName, string expected)
    {
        HeadlineFinder.CleanHtmlTitle(title, siteName, PageHints.Default).Should().Be(expected);
    }
}
