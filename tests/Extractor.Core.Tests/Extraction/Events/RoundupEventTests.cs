using Extractor.Documents;
using Extractor.Extraction.Events;
using Extractor.Extraction.Structure;
using Extractor.Pipeline;
using NodaTime;

namespace Extractor.Core.Tests.Extraction.Events;

/// <summary>Roundups ("Điểm tin", "Trong tuần") list several dated events, often as bullets; each item is an event of its own.</summary>
public sealed class RoundupEventTests
{
    private static ArticleDocument Run(string text)
    {
        return StructuredText.Process(text, new EventStage());
    }

    public static TheoryData<string> Markers => new() { "- ", "* ", "• ", "" };

    [Theory]
    [MemberData(nameof(Markers))]
    public void Reads_every_dated_item_of_a_roundup_whatever_its_list_marker(string marker)
    {
        var text = "Tin hoạt động trong tuần\n12:00, 22/03/2025\n\nTuần qua, nhiều hoạt động diễn ra trên địa bàn huyện.\n\n"
            + marker + "Ngày 17/3, Huyện ủy Lâm Hà tổ chức Hội nghị giao ban khối dân vận.\n\n"
            + marker + "Ngày 19/3, Ủy ban Kiểm tra Huyện ủy tổ chức kỳ họp thứ 14.\n\n"
            + marker + "Tối 20/3, Huyện đoàn tổ chức lễ tuyên dương thanh niên tiêu biểu.";

        var events = Run(text).Events;

        events.Select(e => (e.Date, e.Kind, e.Organizer)).Should().Equal(
            (new LocalDate(2025, 3, 17), "hội nghị", "Huyện ủy Lâm Hà"),
            (new LocalDate(2025, 3, 19), "kỳ họp", "Ủy ban Kiểm tra Huyện ủy"),
            (new LocalDate(2025, 3, 20), "lễ", "Huyện đoàn"));
    }

    [Fact]
    public void Keeps_two_ceremonies_of_one_day_held_by_different_bodies()
    {
        const string text = "Điểm tin ngày 8/9\n08/09/2025 20:00\n\n"
            + "* Ngày 8/9, Huyện ủy Đức Trọng tổ chức Hội nghị chuyên đề về chuyển đổi số.\n\n"
            + "* Cũng trong ngày, Ban Tổ chức Tỉnh ủy tổ chức lễ trao quyết định nghỉ hưu cho một cán bộ.\n\n"
            + "* Sáng 8/9, Trường Chính trị tỉnh khai giảng lớp trung cấp lý luận chính trị.";

        var ceremonies = Run(text).Events.Where(e => e.Kind == "lễ").ToList();

        ceremonies.Should().HaveCount(2);
        ceremonies.Should().OnlyContain(e => e.Date == new LocalDate(2025, 9, 8));
    }

    [Fact]
    public void Leaves_out_a_planned_item_and_backstory_with_its_own_year()
    {
        const string text = "Tin hoạt động trong tuần\n12:00, 22/03/2025\n\nTuần qua, nhiều hoạt động diễn ra trên địa bàn huyện.\n\n"
            + "- Ngày 18/3, Huyện ủy Lâm Hà tổ chức Hội nghị giao ban khối dân vận.\n\n"
            + "- Ngày 12/5/2019, Huyện ủy Lâm Hà tổ chức Đại hội điểm.\n\n"
            + "- Dự kiến ngày 28/3, Ban Tuyên giáo Huyện ủy sẽ tổ chức hội nghị báo cáo viên.";

        Run(text).Events.Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2025, 3, 18));
    }

    [Theory]
    [InlineData("- Ngày 4/2, Huyện ủy họp.", "Ngày 4/2, Huyện ủy họp.")]
    [InlineData("* Sáng 4/2, Huyện ủy họp.", "Sáng 4/2, Huyện ủy họp.")]
    [InlineData("-5 đảng viên", "-5 đảng viên")]
    [InlineData("Ngày 4/2, Huyện ủy họp.", "Ngày 4/2, Huyện ủy họp.")]
    public void Drops_a_bullet_before_the_sentence_but_not_a_minus_sign(string sentence, string expected)
    {
        var span = EventStage.WithoutListMarker(sentence, new TextSpan(0, sentence.Length));

        sentence[span.Start..span.End].Should().Be(expected);
    }
}
