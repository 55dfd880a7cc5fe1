using System.Globalization;
using Extractor.Facts;
using Extractor.Normalization.Numerals;

namespace Extractor.Core.Tests.Normalization.Numerals;

public sealed class VietnameseNumberTests
{
    public static TheoryData<string, string, string?, string, string?, string?> Readings => new()
    {
        // input, value, of, kind, qualifier, unit
        { "1.600", "1600", null, "count", null, null },
        { "74.108", "74108", null, "count", null, null },
        { "1.234.567", "1234567", null, "count", null, null },
        { "81,01", "81.01", null, "other", null, null },
        { "0,5", "0.5", null, "other", null, null },
        { "01", "1", null, "count", null, null },
        { "08", "8", null, "count", null, null },
        { "81,01%", "81.01", null, "percent", null, "%" },
        { "81,01 %", "81.01", null, "percent", null, "%" },
        { "76,3 %", "76.3", null, "percent", null, "%" },
        { "6,70%", "6.7", null, "percent", null, "%" },
        { "100%", "100", null, "percent", null, "%" },
        { "31/36", "31", "36", "ratio", null, null },
        { "31/36 ủy ban kiểm tra", "31", "36", "ratio", null, "ủy ban kiểm tra" },
        { "11/11 chi bộ", "11", "11", "ratio", null, "chi bộ" },
        { "662 trong tổng số 686 tổ chức cơ sở đảng", "662", "686", "ratio", null, "tổ chức cơ sở đảng" },
        { "4,7 ngàn", "4700", null, "count", null, null },
        { "gần 6 ngàn", "6000", null, "count", "gần", null },
        { "15 nghìn tỷ", "15000000000000", null, "count", null, null },
        { "1.047,1 tỷ đồng", "1047100000000", null, "money", null, "đồng" },
        { "trên 17.580 tỷ đồng", "17580000000000", null, "money", "trên", "đồng" },
        { "gần 100 triệu USD", "100000000", null, "money", "gần", "USD" },
        { "khoảng 6 triệu đồng/người/tháng", "6000000", null, "money", "khoảng", "đồng/người/tháng" },
        { "5,8 triệu đồng/người/tháng", "5800000", null, "money", null, "đồng/người/tháng" },
        { "2 tỷ 500 triệu đồng", "2500000000", null, "money", null, "đồng" },
        { "hơn 1.600 đảng viên", "1600", null, "count", "hơn", "đảng viên" },
        { "90 đảng viên mới", "90", null, "count", null, "đảng viên" },
        { "248 đảng viên trở lên", "248", null, "count", "trở lên", "đảng viên" },
        { "từ 3% trở lên", "3", null, "percent", "trở lên", "%" },
        { "Trên 81%", "81", null, "percent", "trên", "%" },
        { "tăng 28,7%", "28.7", null, "percent", "tăng", "%" },
        { "giảm 5%", "5", null, "percent", "giảm", "%" },
        { "tăng 08", "8", null, "count", "tăng", null },
        { "đạt 60%", "60", null, "percent", "đạt", "%" },
        { "vượt 5%", "5", null, "percent", "vượt", "%" },
        { "ước đạt 3.319 tỷ đồng", "3319000000000", null, "money", "ước", "đồng" },
        { "khoảng 12.000 lao động", "12000", null, "count", "khoảng", "lao động" },
        { "500 ha", "500", null, "other", null, "ha" },
        { "12 km2", "12", null, "other", null, "km2" },
        { "300 m2", "300", null, "other", null, "m2" },
        { "hai", "2", null, "count", null, null },
        { "mười", "10", null, "count", null, null },
        { "mười lăm", "15", null, "count", null, null },
        { "hai mươi tư", "24", null, "count", null, null },
        { "ba mươi mốt", "31", null, "count", null, null },
        { "một trăm linh năm", "105", null, "count", null, null },
        { "một trăm lẻ năm", "105", null, "count", null, null },
        { "hai trăm năm mươi", "250", null, "count", null, null },
        { "hai nghìn không trăm hai mươi", "2020", null, "count", null, null },
        { "một nghìn rưỡi", "1500", null, "count", null, null },
        { "hai triệu rưỡi", "2500000", null, "count", null, null },
        { "ba trăm nghìn", "300000", null, "count", null, null },
        { "một triệu hai trăm nghìn", "1200000", null, "count", null, null },
        { "hai chục", "20", null, "count", null, null },
        { "Hai mươi", "20", null, "count", null, null },
        { "năm đảng viên", "5", null, "count", null, "đảng viên" },
        { "2-3", "2", null, "count", null, null },
        { "khoảng 2-3 người", "2", null, "count", "khoảng", "người" },
        { "hai phẩy năm", "2.5", null, "other", null, null },
        { "mười lăm nghìn", "15000", null, "count", null, null },
        { "một tỷ hai trăm triệu", "1200000000", null, "count", null, null },
        { "12 tỉ đồng", "12000000000", null, "money", null, "đồng" },
        { "10.000 VNĐ", "10000", null, "money", null, "VNĐ" },
        { "50 USD", "50", null, "money", null, "USD" },
        { "250 m²", "250", null, "other", null, "m2" },
        { "gần như 100%", "100", null, "percent", "gần như", "%" },
        { "1,5 triệu", "1500000", null, "count", null, null },
        { "100.000.000 đồng", "100000000", null, "money", null, "đồng" },
        { "65/65 chi bộ ấp, khu phố", "65", "65", "ratio", null, "chi bộ ấp, khu phố" },
        { "khóa XIII", "13", null, "other", null, null },
        { "XIV", "14", null, "other", null, null },
        { "lần thứ 14", "14", null, "other", null, null },
        { "443 lượt tổ chức đảng", "443", null, "count", null, "lượt tổ chức đảng" },
        { "02 quần chúng u tú", "2", null, "count", null, "quần chúng u tú" },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void Reads_a_number_expression_the_Vietnamese_way(string input, string value, string? of, string kind, string? qualifier, string? unit)
    {
        var result = VietnameseNumber.Parse(input);

        result.Error.Should().BeNull();
        var reading = result.Reading!;
        reading.Value.Should().Be(decimal.Parse(value, CultureInfo.InvariantCulture));
        reading.Of.Should().Be(of is null ? null : decimal.Parse(of, CultureInfo.InvariantCulture));
        Output.ArticleRecordMapper.KindName(reading.Kind).Should().Be(kind);
        reading.Qualifier.Should().Be(qualifier);
        reading.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("Sáng 2-7")]
    [InlineData("Sáng 16.7")]
    [InlineData("chiều 16/8")]
    [InlineData("ngày 5 tháng 7 năm 2023")]
    [InlineData("số 35-CT/TW")]
    [InlineData("Chỉ thị số 35-CT/TW")]
    [InlineData("13-NQ/TU")]
    [InlineData("Khoản 2, Điều 30")]
    [InlineData("năm 2020")]
    [InlineData("2023")]
    [InlineData("nhiệm kỳ 2015 - 2020")]
    [InlineData("giai đoạn 2017 – 2020")]
    [InlineData("17h30")]
    [InlineData("09:07")]
    [InlineData("6 tháng")]
    [InlineData("94 năm ngày truyền thống")]
    [InlineData("Lượt xem: 26")]
    [InlineData("13/10/2004")]
    [InlineData("tháng 3/2024")]
    [InlineData("Quyết định số 433/QĐ-UBND")]
    [InlineData("không có số")]
    [InlineData("")]
    public void Refuses_dates_identifiers_and_periods_as_quantities(string input)
    {
        var result = VietnameseNumber.Parse(input);

        result.Success.Should().BeFalse();
        result.Error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Keeps_values_free_of_trailing_decimal_zeros()
    {
        var reading = VietnameseNumber.Parse("4,70 ngàn").Reading!;

        reading.Value!.Value.ToString(CultureInfo.InvariantCulture).Should().Be("4700");
    }
}
