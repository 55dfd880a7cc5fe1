using Extractor.Documents;
using Extractor.Extraction.Events;
using Extractor.Extraction.Structure;
using Extractor.Pipeline;
using NodaTime;

namespace Extractor.Core.Tests.Extraction.Events;

/// <summary>
/// Event shapes met in held-out articles: drills and training courses, visits and handovers, an event attended by a delegation,
/// the event before its verb and day, and a further event "cũng trong sáng nay".
/// </summary>
public sealed class EventShapeTests
{
    private static ArticleDocument Run(string text) =>
        StructuredText.Process(text, new EventStage());

    private const string Head = "Tin hoạt động\n09:30, 20/05/2024\n\n";

    [Theory]
    [InlineData("Sáng 18-5, tại xã Tân Hòa, Ban Chỉ huy Quân sự huyện tổ chức diễn tập chiến đấu phòng thủ xã Tân Hòa.", 18, "diễn tập", "Ban Chỉ huy Quân sự huyện")]
    [InlineData("Ngày 17/5, Hội Phụ nữ tỉnh phối hợp với Sở Y tế tổ chức tập huấn kỹ năng sơ cứu cho 80 hội viên.", 17, "tập huấn", "Hội Phụ nữ tỉnh")]
    [InlineData("Chiều 19/5, Đoàn công tác của Huyện ủy do đồng chí Lò Văn Tám, Bí thư Huyện ủy làm trưởng đoàn đã đến thăm, chúc Tết Nhân dân xã Mường Tè.", 19, "thăm", "Đoàn công tác của Huyện ủy")]
    [InlineData("Sáng 16/5, Hội Cựu chiến binh tỉnh trao tặng 12 căn nhà nghĩa tình đồng đội cho hội viên khó khăn.", 16, "trao tặng", "Hội Cựu chiến binh tỉnh")]
    [InlineData("Ngày 15/5, Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy đã giám sát chuyên đề đối với Đảng ủy xã Phú Mỹ.", 15, "giám sát", "Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy")]
    [InlineData("Sáng 18/5, Đoàn công tác của Sở Y tế đã đến thăm, làm việc tại Trung tâm Y tế huyện.", 18, "buổi làm việc", null)]
    public void Reads_drills_courses_visits_handovers_and_monitoring_as_events(string lead, int day, string kind, string? organizer)
    {
        var reported = Run(Head + lead).Events.Should().ContainSingle().Subject;

        reported.Date.Should().Be(new LocalDate(2024, 5, day));
        reported.Kind.Should().Be(kind);
        reported.Organizer.Should().Be(organizer);
    }

    [Theory]
    [InlineData("Cuộc diễn tập phòng thủ huyện Đồng Xuân năm 2024 diễn ra từ 14-16/5 với sự tham gia của 900 người.", 14, "diễn tập")]
    [InlineData("Hội nghị tổng kết phong trào thi đua diễn ra vào ngày 17/5 tại Hội trường Tỉnh ủy.", 17, "hội nghị")]
    public void Reads_an_event_named_before_the_verb_and_the_day(string lead, int day, string kind)
    {
        var reported = Run(Head + lead).Events.Should().ContainSingle().Subject;

        reported.Date.Should().Be(new LocalDate(2024, 5, day));
        reported.Kind.Should().Be(kind);
        reported.Organizer.Should().BeNull();
    }

    [Theory]
    [InlineData("Hội nghị tổng kết phong trào thi đua sẽ diễn ra vào ngày 27/5.")]
    [InlineData("Dự kiến, hội nghị tổng kết diễn ra vào ngày 27/5.")]
    public void Leaves_out_an_event_named_before_a_planned_day(string lead)
    {
        Run(Head + lead).Events.Should().BeEmpty();
    }

    [Fact]
    public void Reads_an_event_a_delegation_attended_on_the_same_day_without_an_organizer()
    {
        var text = Head
            + "Chiều 19/5, Ủy ban MTTQ tỉnh tổ chức lễ phát động ủng hộ Quỹ Vì người nghèo.\n\n"
            + "Nhiều doanh nghiệp đã đăng ký ủng hộ.\n\n"
            + "Trước đó, sáng cùng ngày, đoàn công tác của tỉnh đã dự lễ bàn giao nhà tình nghĩa cho một gia đình chính sách.";

        var events = Run(text).Events;

        events.Should().HaveCount(2);
        events[1].Date.Should().Be(new LocalDate(2024, 5, 19));
        events[1].Kind.Should().Be("lễ");
        events[1].Organizer.Should().BeNull();
    }

    [Fact]
    public void Reads_no_event_from_a_guest_who_attended_and_spoke()
    {
        Run(Head + "Sáng 19/5, đồng chí Lê Văn Hải dự và phát biểu chỉ đạo.").Events.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Cũng trong sáng nay, ")]
    [InlineData("Cũng trong buổi chiều, ")]
    [InlineData("* Cũng trong ngày, ")]
    public void Dates_a_further_event_by_the_one_reported_before_it(string cue)
    {
        var text = "Tin hoạt động\n16:30, 19/05/2024\n\n"
            + "Sáng 19/5, UBND huyện tổ chức lễ khánh thành cầu Suối Cát.\n\n"
            + "Cây cầu dài 60 m.\n\n"
            + cue + "Ban Quản lý dự án huyện tổ chức lễ khởi công Trường Tiểu học Suối Cát.";

        var events = Run(text).Events;

        events.Should().HaveCount(2);
        events.Should().OnlyContain(e => e.Date == new LocalDate(2024, 5, 19) && e.Kind == "lễ");
        events[1].Organizer.Should().Be("Ban Quản lý dự án huyện");
    }
}
