using Extractor.Html.Content;
using Extractor.Html.Metadata;

namespace Extractor.Html.Tests.Metadata;

public class DateReaderTests
{
    [Theory]
    [InlineData("Cập nhật lúc 17:55, Thứ Ba, 06/02/2018", "2018-02-06T17:55:00+07:00")]
    [InlineData("Đăng ngày 28/12/2022", "2022-12-28")]
    [InlineData("15:29, 30/12/2024", "2024-12-30T15:29:00+07:00")]
    [InlineData("18-09-2019", "2019-09-18")]
    [InlineData("Thứ Hai, 12/3/2024 - 07:20 GMT+7", "2024-03-12T07:20:00+07:00")]
    [InlineData("02/04/2024 02:42 CH", "2024-04-02T14:42:00+07:00")]
    [InlineData("Ngày 06 tháng 02 năm 2018", "2018-02-06")]
    [InlineData("March 12, 2024", "2024-03-12")]
    [InlineData("Thứ năm, 14 Tháng 3 2024 08:45", "2024-03-14T08:45:00+07:00")]
    [InlineData("14 tháng 3, 2024", "2024-03-14")]
    [InlineData("Ngày cập nhật: 15/08/2023", "2023-08-15")]
    [InlineData("02/06/2023 10:25 AM", "2023-06-02T10:25:00+07:00")]
    [InlineData("Đăng lúc: 15 giờ 05 phút, ngày 13/3/2024", "2024-03-13T15:05:00+07:00")]
    [InlineData("tháng 5 15, 2025", "2025-05-15")]
    public void Reads_a_visible_dateline(string text, string expected)
    {
        DateReader.ReadVisible(text)?.ToIsoString().Should().Be(expected);
    }

    [Theory]
    [InlineData("2024-03-12T07:20:00Z", "2024-03-12T14:20:00+07:00")]
    [InlineData("2024-03-12T14:20:00+07:00", "2024-03-12T14:20:00+07:00")]
    [InlineData("2024-03-12T09:20:00+02:00", "2024-03-12T14:20:00+07:00")]
    [InlineData("2024-03-12", "2024-03-12")]
    [InlineData("2024-03-12 14:20", "2024-03-12T14:20:00+07:00")]
    public void Reads_a_metadata_time_in_vietnam_time(string value, string expected)
    {
        DateReader.ReadMeta(value)?.ToIsoString().Should().Be(expected);
    }

    [Theory]
    [InlineData("31/02/2020")]
    [InlineData("Quyết định số 433/QĐ-UBND")]
    [InlineData("")]
    public void Reads_no_date_where_there_is_none(string text)
    {
        DateReader.ReadVisible(text).Should().BeNull();
    }

    [Theory]
    [InlineData("Thứ Ba, 06/02/2018 17:55", true)]
    [InlineData("Cập nhật lúc 17:55, Thứ Ba, 06/02/2018", true)]
    [InlineData("Ngày 12/3/2024, Tỉnh ủy tổ chức hội nghị sơ kết", false)]
    [InlineData("Gửi bởi admin vào T4, 04/06/2025 - 14:22", true)]
    [InlineData("Gửi bởi bientap vào CN, 15/06/2025 - 07:50", true)]
    [InlineData("Submitted by editor on Sun, 15/06/2025 - 07:50", true)]
    public void Tells_a_dateline_line_from_a_sentence_with_a_date(string line, bool dateline)
    {
        DateReader.IsDatelineOnly(line, PageHints.Default.DatelineWords).Should().Be(dateline);
    }

    [Theory]
    [InlineData("Ngày đăng: 15/05/2025 | Lượt xem: 1.234 | Cỡ chữ: A A A", "Ngày đăng: 15/05/2025")]
    [InlineData("Minh Khôi | 15/05/2025 08:30", "15/05/2025 08:30")]
    [InlineData("08:15 | 03/05/2024", "08:15 | 03/05/2024")]
    [InlineData("Thứ Ba, 06/02/2018 17:55", "Thứ Ba, 06/02/2018 17:55")]
    [InlineData("Ngày 12/3/2024, Tỉnh ủy tổ chức hội nghị sơ kết | Tin tức", null)]
    [InlineData("Tin tức | Xây dựng Đảng", null)]
    [InlineData("12 tháng 6, 2025 · 3 phút · Phan Minh Thư | Đề xuất sửa", "12 tháng 6, 2025")]
    [InlineData("Minh Khôi • 15/05/2025 08:30 • Xã hội", "15/05/2025 08:30")]
    [InlineData("Tin tức · Xây dựng Đảng", null)]
    public void Finds_the_dateline_in_a_row_of_short_items_between_bars(string line, string? expected)
    {
        DateReader.DatelineOf(line, PageHints.Default.DatelineWords).Should().Be(expected);
    }

    [Theory]
    [InlineData("https://huyenuy.vn/2024/01/25/hoi-thi-tuyen-truyen-vien/", "2024-01-25")]
    [InlineData("https://huyenuy.vn/2024/1/5/hoi-thi/", "2024-01-05")]
    [InlineData("https://huyenuy.vn/tin-tuc/2024/hoi-thi.html", null)]
    [InlineData("https://huyenuy.vn/2024/13/05/x/", null)]
    [InlineData(null, null)]
    public void Reads_the_date_an_address_spells(string? url, string? expected)
    {
        DateReader.FromAddress(url)?.ToIsoString().Should().Be(expected);
        (DateReader.FromAddress(url) is null).Should().Be(expected is null);
    }
}
