using Extractor.Documents;
using Extractor.Extraction.Events;
using Extractor.Extraction.Structure;
using Extractor.Pipeline;
using NodaTime;

namespace Extractor.Core.Tests.Extraction.Events;

/// <summary>An event that sits over a few days is dated by its first day, whether the days are joined by "và" or a dash.</summary>
public sealed class MultiDayEventTests
{
    private static ArticleDocument Run(string text) =>
        StructuredText.Process(text, new EventStage());

    [Theory]
    [InlineData("Trong 2 ngày 14 - 15/10, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ XI.", 14)]
    [InlineData("Trong 3 ngày 14 – 16/10, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ XI.", 14)]
    [InlineData("Trong 2 ngày 14-15/10, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ XI.", 14)]
    [InlineData("Trong 2 ngày 14 và 15/10, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ XI.", 14)]
    public void Dates_a_multi_day_event_by_its_first_day(string lead, int day)
    {
        var text = "Đại hội Hội Nông dân tỉnh\n10:20, 16/10/2024\n\n" + lead;

        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Date.Should().Be(new LocalDate(2024, 10, day));
        reported.Kind.Should().Be("đại hội");
    }

    [Theory]
    [InlineData("Chiều 16/10, sau 2 ngày làm việc (từ ngày 15 đến 16/10), Kỳ họp thứ 12, HĐND huyện khóa VII đã bế mạc.", 15, "kỳ họp")]
    [InlineData("Sáng 16/10, sau ba ngày làm việc (từ ngày 14 đến 16/10), Đại hội đại biểu Hội Cựu chiến binh tỉnh đã bế mạc.", 14, "đại hội")]
    public void Dates_a_closing_reported_with_its_run_of_days_by_the_first_day(string lead, int day, string kind)
    {
        var text = "Tin địa phương\n10:20, 16/10/2024\n\n" + lead;

        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Date.Should().Be(new LocalDate(2024, 10, day));
        reported.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("Sáng 12/10, Đoàn Thanh niên xã An Lạc tổ chức ra quân hưởng ứng Ngày Chủ nhật xanh năm 2024.", "ra quân hưởng ứng Ngày Chủ nhật xanh năm 2024")]
    [InlineData("Sáng 12/10, Hội Phụ nữ huyện tổ chức ra quân làm sạch đường làng.", "ra quân làm sạch đường làng")]
    public void Reads_a_campaign_launch_as_an_event(string lead, string name)
    {
        var text = "Tin địa phương\n10:20, 16/10/2024\n\n" + lead;

        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Date.Should().Be(new LocalDate(2024, 10, 12));
        reported.Kind.Should().Be("ra quân");
        reported.Name.Should().Be(name);
    }

    [Fact]
    public void Does_not_date_an_event_by_a_campaign_period()
    {
        var text = "Tiêu đề\n10:20, 16/10/2024\n\nTừ ngày 1/7 đến 30/9, Huyện đoàn tổ chức hội thi tìm hiểu lịch sử Đảng.";

        Run(text).Events.Should().BeEmpty();
    }

    [Fact]
    public void Dates_a_closing_by_the_opening_day_the_next_sentence_gives()
    {
        var text = "Tin địa phương\n17:20, 13/12/2024\n\nSau hai ngày làm việc, chiều 13/12, Kỳ họp thứ 30 HĐND tỉnh khóa VIII đã bế mạc. Kỳ họp khai mạc từ sáng 12/12 tại Hội trường tỉnh.";

        Run(text).Events.Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2024, 12, 12));
    }
}
