using Extractor.Extraction.Places;
using Extractor.Facts;
using NodaTime;

namespace Extractor.Core.Tests.Extraction.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Fact]
    public void Knows_the_63_provinces_and_the_34_of_the_2025_layout()
    {
        Places.Provinces.Should().HaveCount(63);
        Places.ProvincesSinceMerger.Should().HaveCount(34);
    }

    [Theory]
    [InlineData("TP.HCM", "Thành phố Hồ Chí Minh")]
    [InlineData("TPHCM", "Thành phố Hồ Chí Minh")]
    [InlineData("Khánh Hoà", "Khánh Hòa")]
    [InlineData("Thanh Hoá", "Thanh Hóa")]
    [InlineData("Đắc Lắc", "Đắk Lắk")]
    [InlineData("BR-VT", "Bà Rịa - Vũng Tàu")]
    [InlineData("Huế", "Thừa Thiên Huế")]
    [InlineData("lạng sơn", "Lạng Sơn")]
    public void Finds_a_province_by_its_short_forms_and_spellings(string written, string canonical) =>
        Places.FindProvince(written)!.Name.Should().Be(canonical);

    [Theory]
    [InlineData("Bình Phước", "Đồng Nai")]
    [InlineData("Hà Giang", "Tuyên Quang")]
    [InlineData("Quảng Nam", "Đà Nẵng")]
    [InlineData("Bình Dương", "Thành phố Hồ Chí Minh")]
    [InlineData("Hải Dương", "Hải Phòng")]
    [InlineData("Nam Định", "Ninh Bình")]
    [InlineData("Lạng Sơn", "Lạng Sơn")]
    public void Maps_an_old_province_to_its_province_since_1_July_2025(string old, string merged)
    {
        var province = Places.FindProvince(old)!;

        Places.ProvinceOn(province, new LocalDate(2025, 8, 1)).Should().Be(merged);
        Places.ProvinceOn(province, new LocalDate(2025, 6, 30)).Should().Be(province.Name);
    }

    [Fact]
    public void Lists_the_old_provinces_merged_into_a_new_one()
    {
        Places.MergedFrom("Phú Thọ").Select(p => p.Name).Should().BeEquivalentTo("Phú Thọ", "Vĩnh Phúc", "Hòa Bình");
    }

    [Theory]
    [InlineData("Mộc Châu", "Sơn La")]
    [InlineData("Thiệu Hóa", "Thanh Hóa")]
    [InlineData("Chư Prông", "Gia Lai")]
    [InlineData("Vĩnh Cửu", "Đồng Nai")]
    public void Knows_common_districts_and_their_province(string district, string province)
    {
        var entry = Places.Find(district)!;

        entry.Level.Should().Be(PlaceLevel.District);
        entry.Province.Should().Be(province);
    }

    [Fact]
    public void Reads_a_province_before_a_district_of_the_same_name()
    {
        Places.Find("Hà Tĩnh")!.Level.Should().Be(PlaceLevel.Province);
        Places.FindAll("Hà Tĩnh").Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Matches_the_longest_name_at_a_word()
    {
        string[] words = ["Bà", "Rịa", "Vũng", "Tàu", "mới"];

        Places.Match(["tỉnh", "Lâm", "Đồng", "mới"], 1, out var found).Should().Be(2);
        found[0].Name.Should().Be("Lâm Đồng");
        Places.Match(words, 0, out _).Should().Be(4);
    }
}
