using Extractor.Normalization.Dates;
using NodaTime;

namespace Extractor.Core.Tests.Normalization.Dates;

public sealed class DateScannerTests
{
    [Theory]
    [InlineData("Sáng 2-7, Đảng ủy Khối tổ chức hội nghị.", "Sáng 2-7")]
    [InlineData("Chiều ngày 02/4, Chi bộ đã tổ chức lễ.", "Chiều ngày 02/4")]
    [InlineData("(THTG) Ngày 11/7, Đảng ủy khối tổ chức sơ kết.", "Ngày 11/7")]
    [InlineData("Sáng nay (19/7), Đảng ủy tổ chức hội nghị.", "Sáng nay (19/7)")]
    [InlineData("Cập nhật lúc 17:55, Thứ Ba, 06/02/2018 (GMT+7)", "lúc 17:55, Thứ Ba, 06/02/2018 (GMT+7)")]
    [InlineData("Quỳnh Trang 18:04, 05/07/2023", "18:04, 05/07/2023")]
    [InlineData("thực hiện nhiệm vụ năm 2021 và 8 tháng năm 2022;", "năm 2021")]
    [InlineData("Trong thời gian 5 ngày (từ 10/7 - 15/7/2017), các học viên", "từ 10/7 - 15/7/2017")]
    [InlineData("8h30: Đồng chí Lê Thị Kim Dung trình bày", "8h30")]
    public void Finds_the_first_expression_in_running_text_with_its_cue_words(string text, string expected)
    {
        var mentions = DateScanner.Scan(text);

        mentions.Should().NotBeEmpty();
        mentions[0].Span.Of(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu")]
    [InlineData("có 21/28 tổ chức cơ sở đảng đạt trong sạch vững mạnh")]
    [InlineData("Chỉ thị 05-CT/TW của Bộ Chính trị")]
    [InlineData("Quyết định số 433/QĐ-Thu về việc xếp loại")]
    [InlineData("tổng số 5.356 đảng viên và 1.251 chi bộ")]
    [InlineData("Đại hội đại biểu toàn quốc lần thứ XIII")]
    [InlineData("phát huy tinh thần sáng tạo của đảng viên")]
    [InlineData("lần thứ hai, khóa thứ năm")]
    [InlineData("N.Mai và hoa mai")]
    public void Finds_no_cued_date_in_figures_identifiers_and_words_that_only_look_like_dates(string text)
    {
        DateScanner.Scan(text).Where(m => m.IsCued).Should().BeEmpty();
    }

    [Theory]
    [InlineData("có 11/11 chi bộ hoàn thành")]
    [InlineData("tăng 2-3 lần")]
    public void Marks_a_bare_day_month_as_not_cued(string text)
    {
        DateScanner.Scan(text).Should().OnlyContain(m => !m.IsCued);
    }

    [Fact]
    public void Keeps_the_day_and_month_of_a_year_less_date_when_there_is_no_reference()
    {
        var mention = DateScanner.Scan("Chiều 16/7, Đảng ủy Khối tổ chức hội nghị").Single();

        mention.Value.Should().BeNull();
        mention.DayMonth.Should().Be(new AnnualDate(7, 16));
        mention.DayIn(2021).Should().Be(new LocalDate(2021, 7, 16));
        mention.IsCued.Should().BeTrue();
    }

    [Fact]
    public void Resolves_a_year_less_date_against_the_reference_date()
    {
        var mention = DateScanner.Scan("Sáng 26/11, hội nghị", new LocalDate(2021, 1, 16)).Single();

        mention.Value!.Start.Should().Be(new LocalDate(2020, 11, 26));
        mention.Value.YearFromReference.Should().BeTrue();
    }

    [Fact]
    public void Does_not_join_a_date_to_a_time_on_the_next_line()
    {
        var text = "Trương Thị Vân\n18-09-2019\n\n08:00";
        var mentions = DateScanner.Scan(text);

        mentions.Select(m => m.Span.Of(text)).Should().Equal("18-09-2019", "08:00");
    }

    [Fact]
    public void Reports_spans_as_offsets_into_the_text_given()
    {
        var text = "Tiêu đề\n\nSáng 2-7, hội nghị";
        var mention = DateScanner.Scan(text, new LocalDate(2020, 7, 2)).Single();

        mention.Span.Start.Should().Be(text.IndexOf("Sáng", StringComparison.Ordinal));
        mention.Span.Of(text).Should().Be("Sáng 2-7");
    }
}
