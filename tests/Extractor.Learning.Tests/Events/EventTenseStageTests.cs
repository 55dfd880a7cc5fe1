using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Facts;
using Extractor.Learning.Classification;
using Extractor.Learning.Events;

namespace Extractor.Learning.Tests.Events;

public sealed class EventTenseStageTests
{
    private static readonly TextClassifierModel Model = new TextClassifierTrainer().Fit(
    [
        new("Sáng 2-7, Huyện ủy tổ chức hội nghị sơ kết.", "Reported"),
        new("Chiều 14/6, Đảng ủy Khối đã tổ chức lễ kết nạp.", "Reported"),
        new("Ngày 9/9, Trường Chính trị khai giảng lớp học.", "Reported"),
        new("Hội nghị sẽ khai mạc vào ngày 6/12.", "Planned"),
        new("Dự kiến, đại hội sẽ diễn ra trong tháng 7.", "Planned"),
        new("Lớp học sẽ bế giảng vào tháng 5.", "Planned"),
    ]);

    [Fact]
    public void Drops_events_whose_sentence_is_planned_and_keeps_reported_ones()
    {
        const string text = "Sáng 3-7, Thành ủy tổ chức hội nghị giao ban. Hội nghị tổng kết sẽ khai mạc vào tháng 12.";
        var reported = Event(text, "hội nghị giao ban");
        var planned = Event(text, "Hội nghị tổng kết");
        var document = ArticleDocument.FromText(text) with { Events = [reported, planned] };

        var result = new EventTenseStage(Model, minimumMargin: 0).Process(document);

        result.Events.Should().Equal(reported);
    }

    [Theory]
    [InlineData("Cùng ngày, Trung đoàn tổ chức hội nghị tổng kết sẽ khai mạc vào tháng 12.")]
    [InlineData("* Cũng trong ngày, Liên đoàn tổ chức hội nghị tổng kết sẽ khai mạc vào tháng 12.")]
    public void Keeps_an_event_whose_sentence_dates_it_by_the_same_day_as_one_already_reported(string sentence)
    {
        var text = "Sáng 3-7, Thành ủy tổ chức hội nghị giao ban. " + sentence;
        var cued = Event(text, "hội nghị tổng kết");
        var document = ArticleDocument.FromText(text) with { Events = [cued] };

        new EventTenseStage(Model, minimumMargin: 0).Process(document).Events.Should().Equal(cued);
    }

    [Theory]
    [InlineData("Một. Hai ba bốn. Năm.", "ba", "Hai ba bốn.")]
    [InlineData("Dòng một\nDòng hai", "hai", "Dòng hai")]
    [InlineData("TP. Huế họp", "họp", "Huế họp")]
    public void Finds_the_sentence_around_an_event(string text, string word, string sentence)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);

        EventTenseStage.SentenceAround(text, TextSpan.FromLength(at, word.Length)).Of(text).Should().Be(sentence);
    }

    private static ReportedEvent Event(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return new ReportedEvent("hội nghị", name, null, null, ImmutableArray<string>.Empty, TextSpan.FromLength(at, name.Length));
    }
}
