using Extractor.Documents;
using Extractor.Extraction.Officials;
using Extractor.Extraction.Places;
using Extractor.Facts;
using NodaTime;

namespace Extractor.Core.Tests.Extraction.Places;

public class PlaceStageTests
{
    private static ArticleDocument Run(string text, string? siteProvince = null, LocalDate? published = null)
    {
        var document = ArticleDocument.FromText(text) with
        {
            Source = new ArticleSource
            {
                SourceFile = "<text>",
                Province = siteProvince,
                Published = published is { } date ? new PublicationTime(date, null) : null,
            },
        };
        document = new OfficialStage().Process(document);
        return new PlaceStage().Process(document);
    }

    [Theory]
    [InlineData("Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị.", "Lâm Đồng")]
    [InlineData("Đoàn công tác làm việc tại huyện Mộc Châu, tỉnh Sơn La.", "Sơn La")]
    [InlineData("UBND tỉnh Lạng Sơn vừa tổ chức hội nghị; đại biểu tỉnh Cao Bằng dự.", "Lạng Sơn")]
    [InlineData("Lãnh đạo huyện Thiệu Hóa báo cáo kết quả.", "Thanh Hóa")]
    [InlineData("Tại điểm cầu Bình Phước, cán bộ dự hội nghị trực tuyến.", "Bình Phước")]
    [InlineData("Hội nghị diễn ra tại TP.HCM.", "Thành phố Hồ Chí Minh")]
    public void Reads_the_province_from_the_text_when_the_site_gives_none(string text, string province) =>
        Run(text).Province.Should().Be(province);

    [Fact]
    public void Takes_the_province_of_a_provincial_site_before_the_text()
    {
        Run("Đoàn đại biểu tỉnh Lạng Sơn đến thăm.", siteProvince: "Khánh Hoà").Province.Should().Be("Khánh Hòa");
    }

    [Fact]
    public void Gives_the_province_in_the_layout_in_force_on_the_publication_date()
    {
        const string text = "Ban Thường vụ Tỉnh ủy Bình Phước họp phiên thường kỳ.";

        Run(text, published: new LocalDate(2024, 3, 1)).Province.Should().Be("Bình Phước");
        Run(text, published: new LocalDate(2025, 9, 8)).Province.Should().Be("Đồng Nai");
    }

    [Fact]
    public void Lists_the_districts_and_communes_the_text_names_with_their_level()
    {
        const string text = "Chi bộ thôn Bản Phố (xã Hữu Liên, huyện Hữu Lũng, tỉnh Lạng Sơn) và thị xã Cửa Lò.";

        var places = Run(text).Places;

        places.Select(p => (p.Name, p.Level)).Should().Equal(
            ("Hữu Liên", PlaceLevel.Commune),
            ("Hữu Lũng", PlaceLevel.District),
            ("Lạng Sơn", PlaceLevel.Province),
            ("Cửa Lò", PlaceLevel.District));
        places.Should().OnlyContain(p => p.Span.Of(text) == p.Name);
    }

    [Theory]
    [InlineData("Chủ tịch Hồ Chí Minh từng căn dặn cán bộ.")]
    [InlineData("Nội dung cơ bản Điều lệ Đảng và chủ nghĩa xã hội.")]
    [InlineData("Bí thư Tỉnh ủy Thái Đại Ngọc chủ trì.")]
    public void Finds_no_place_in_a_person_s_name_or_in_ordinary_words(string text) =>
        Run(text).Places.Should().BeEmpty();
}
