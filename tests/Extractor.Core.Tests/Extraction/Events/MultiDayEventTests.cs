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

    [Fact]
    public void Does_not_date_an_event_by_a_campaign_period()
    {
        var text = "Tiêu đề\n10:20, 16/10/2024\n\nTừ ngày 1/7 đến 30/9, Huyện đoàn tổ chức hội thi tìm hiểu lịch sử Đảng.";

        Run(text).Events.Should().BeEmpty();
    }
}
