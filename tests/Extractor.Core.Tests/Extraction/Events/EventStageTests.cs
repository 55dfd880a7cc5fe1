using Extractor.Documents;
using Extractor.Extraction.Events;
using Extractor.Extraction.Structure;
using Extractor.Pipeline;
using NodaTime;

namespace Extractor.Core.Tests.Extraction.Events;

public sealed class EventStageTests
{
    private static ArticleDocument Run(string text)
    {
        return StructuredText.Process(text, new EventStage());
    }

    [Theory]
    [InlineData("10:15, 03/05/2024\n\nTiêu đề\n\nSáng 3-5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác quý I.", "2024-05-03", "hội nghị", "hội nghị sơ kết công tác quý I", "Huyện ủy Tân Lập")]
    [InlineData("10:15, 15/01/2024\n\nTiêu đề\n\nSáng 28/12, Đảng ủy Khối tổ chức Lễ kết nạp đảng viên mới cho 3 quần chúng.", "2023-12-28", "lễ", "Lễ kết nạp đảng viên mới", "Đảng ủy Khối")]
    [InlineData("Tiêu đề\n\nChiều 16/7, Đảng ủy Khối tổ chức Hội nghị sơ kết 6 tháng đầu năm 2021; triển khai nhiệm vụ.", "2021-07-16", "hội nghị", "Hội nghị sơ kết 6 tháng đầu năm 2021", "Đảng ủy Khối")]
    [InlineData("Tiêu đề\n\nNgày 13-10, Hội Doanh nhân tổ chức họp mặt kỷ niệm Ngày Doanh nhân (13/10/2004 -13/10/2023).", "2023-10-13", "họp mặt", "họp mặt kỷ niệm Ngày Doanh nhân", "Hội Doanh nhân")]
    [InlineData("Tiêu đề\n\nSáng 10/7, Trường Chính trị tổ chức khai giảng lớp bồi dưỡng khóa II/2019 cho 60 học viên.", "2019-07-10", "lễ", "khai giảng lớp bồi dưỡng khóa II/2019", "Trường Chính trị")]
    [InlineData("Tiêu đề\n\nSáng 9-4-2012, Ban Tổ chức Tỉnh ủy tổ chức kỳ họp chuyên đề.", "2012-04-09", "kỳ họp", "kỳ họp chuyên đề", "Ban Tổ chức Tỉnh ủy")]
    [InlineData("Tiêu đề\n\nNgày 9-4, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị lần thứ 18, khóa XVII.", null, "hội nghị", "Hội nghị lần thứ 18, khóa XVII", "Ban Thường vụ Tỉnh ủy")]
    public void Reads_the_event_the_lead_reports_with_its_resolved_date(string text, string? date, string kind, string name, string organizer)
    {
        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Date.Should().Be(date is null ? null : LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        reported.Kind.Should().Be(kind);
        reported.Name.Should().Be(name);
        reported.Organizer.Should().Be(organizer);
    }

    [Fact]
    public void Reads_a_later_event_that_opens_with_its_own_day_and_nothing_else_past_the_lead()
    {
        const string text = "Tiêu đề\n\n10:00, 28/03/2024\n\nĐến nay toàn tỉnh còn 4 xóm chưa có đảng viên.\n\n"
            + "Đầu tháng 3, Huyện ủy Bảo Lâm tổ chức hội nghị chuyên đề về phát triển đảng viên.\n\n"
            + "Kết luận, đồng chí Bí thư đề nghị thực hiện các nội dung đã thống nhất tại hội nghị ngày 12/3.\n\n"
            + "Sáng 27/3, Ban Tổ chức Tỉnh ủy tổ chức lễ kết nạp đảng viên tại xóm Nà Lủng.";

        var dated = Run(text).Events.Where(e => e.Date is not null).ToList();

        dated.Should().ContainSingle();
        dated[0].Date.Should().Be(new LocalDate(2024, 3, 27));
        dated[0].Kind.Should().Be("lễ");
        dated[0].Organizer.Should().Be("Ban Tổ chức Tỉnh ủy");
    }

    [Theory]
    [InlineData("Sáng 27/3, Ban Tổ chức tổ chức lễ.", true)]
    [InlineData("Ngày 5-6, Huyện ủy tổ chức hội nghị.", true)]
    [InlineData("Hôm qua, Tỉnh ủy tổ chức hội nghị.", true)]
    [InlineData("Ngày hội đại đoàn kết được tổ chức.", false)]
    [InlineData("Ngày 13/3/2024, Ban Thường vụ tổ chức hội nghị.", false)]
    [InlineData("Kết luận hội nghị ngày 12/5, đồng chí Phương đề nghị.", false)]
    [InlineData("Trước đó, sáng 8/4, Huyện ủy tổ chức hội nghị.", true)]
    [InlineData("Sau đó, ngày 9-4, Đảng ủy xã tổ chức lễ.", true)]
    [InlineData("Trước đó, ngày 13/3/2024, Ban Thường vụ tổ chức hội nghị.", false)]
    public void Tells_a_sentence_opening_with_its_own_day(string sentence, bool expected) =>
        EventStage.OpensWithDay(sentence, new TextSpan(0, sentence.Length)).Should().Be(expected);

    [Fact]
    public void Reads_a_chaired_meeting_without_an_organizer()
    {
        var reported = Run("Tiêu đề\n\n10:00, 05/02/2026\n\nChiều 4-2, tại Văn phòng Tỉnh ủy, đồng chí Lê Văn An - Bí thư Tỉnh ủy chủ trì phiên họp thứ nhất Ban Chỉ đạo.")
            .Events.Should().ContainSingle().Subject;

        reported.Kind.Should().Be("phiên họp");
        reported.Date.Should().Be(new LocalDate(2026, 2, 4));
        reported.Organizer.Should().BeNull();
        reported.Place.Should().Be("Văn phòng Tỉnh ủy");
    }

    [Fact]
    public void Reads_a_working_visit_as_a_working_session()
    {
        var reported = Run("Bí thư Tỉnh ủy làm việc với huyện Tân Lập\n\n21:00, 09/09/2022\n\nSáng ngày 9/9, đồng chí Lê Văn An, Bí thư Tỉnh ủy đã có chuyến thăm và làm việc tại huyện Tân Lập.")
            .Events.Should().ContainSingle().Subject;

        reported.Kind.Should().Be("buổi làm việc");
        reported.Date.Should().Be(new LocalDate(2022, 9, 9));
    }

    [Fact]
    public void Reports_an_event_held_recently_without_a_day_as_undated()
    {
        var reported = Run("Tiêu đề\n\n - Đảng ủy xã Tân Lập vừa tổ chức hội nghị triển khai công tác đánh giá năm 2018.")
            .Events.Should().ContainSingle().Subject;

        reported.Date.Should().BeNull();
        reported.Organizer.Should().Be("Đảng ủy xã Tân Lập");
    }

    [Theory]
    [InlineData("Tiêu đề\n\nSáng 9-4-2012, Đảng ủy Khối sẽ tổ chức hội nghị tổng kết.")]
    [InlineData("Tiêu đề\n\nNgày 21/12/2022, Thị ủy đã ban hành Quyết định số 433/QĐ-TU về việc xếp loại.")]
    [InlineData("Tiêu đề\n\nTính đến ngày 30-6, các đảng bộ kết nạp được 288 đảng viên.")]
    [InlineData("Tiêu đề\n\nToàn Đảng bộ có 477 tổ chức cơ sở đảng.\n\nBan Tổ chức cho biết.\n\nNgày 13/3/2024, Ban Thường vụ tổ chức hội nghị chuyên đề.")]
    [InlineData("Tiêu đề\n\nChiều 5/6, Kỳ họp thứ 9 HĐND huyện dự kiến bế mạc vào ngày 7/6.")]
    [InlineData("Tiêu đề\n\nSáng 5/6, Hội nghị sẽ diễn ra tại Hội trường Huyện ủy.")]
    [InlineData("Tiêu đề\n\nNgày 5/6, Đoàn giám sát của HĐND tỉnh sẽ giám sát việc thực hiện chính sách tại huyện Tân Lập.")]
    [InlineData("Tiêu đề\n\nNgày 5/6, Ủy ban MTTQ tỉnh ban hành kế hoạch giám sát việc thực hiện chính sách.")]
    public void Reports_no_planned_event_and_none_mentioned_outside_the_lead(string text)
    {
        Run(text).Events.Where(e => e.Date is not null).Should().BeEmpty();
    }

    [Fact]
    public void Reads_a_further_dated_event_told_after_a_connective_past_the_lead()
    {
        const string text = "Tiêu đề\n\n10:00, 22/04/2024\n\nSáng 22/4, Huyện ủy Mường Khương tổ chức hội nghị chuyên đề về công tác dân vận.\n\n"
            + "Đến nay toàn huyện có 120 mô hình dân vận khéo.\n\n"
            + "Trước đó, chiều 18/4, Ban Dân vận Huyện ủy tổ chức Hội nghị giao ban công tác dân vận quý I. Đồng chí Bí thư dự.";

        var later = Run(text).Events.Should().Contain(e => e.Date == new LocalDate(2024, 4, 18)).Subject;

        later.Kind.Should().Be("hội nghị");
        later.Name.Should().Be("Hội nghị giao ban công tác dân vận quý I");
        later.Organizer.Should().Be("Ban Dân vận Huyện ủy");
    }

    [Theory]
    [InlineData("10:15, 20/03/2024\n\nTiêu đề\n\nTại Hội nghị tổng kết công tác khuyến nông năm 2023 do Sở Nông nghiệp tỉnh tổ chức chiều 19/3, nhiều mô hình được biểu dương.",
        "2024-03-19", "hội nghị", "Hội nghị tổng kết công tác khuyến nông năm 2023", "Sở Nông nghiệp tỉnh")]
    [InlineData("10:15, 20/03/2024\n\nTiêu đề\n\nPhát biểu tại Lễ ra mắt Câu lạc bộ dân vận khéo do Ủy ban MTTQ xã Tân Phú tổ chức vào ngày 18/3, đồng chí Bí thư đề nghị các hội viên tích cực.",
        "2024-03-18", "lễ", "Lễ ra mắt Câu lạc bộ dân vận khéo", "Ủy ban MTTQ xã Tân Phú")]
    public void Reads_an_event_named_before_the_body_that_held_it_and_its_day(string text, string date, string kind, string name, string organizer)
    {
        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Date.Should().Be(LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        reported.Kind.Should().Be(kind);
        reported.Name.Should().Be(name);
        reported.Organizer.Should().Be(organizer);
    }

    [Fact]
    public void Reads_no_event_held_by_a_body_when_it_is_planned()
    {
        const string text = "10:15, 20/03/2024\n\nTiêu đề\n\nTheo kế hoạch, Hội nghị tổng kết do Sở Nội vụ tổ chức ngày 25/3, các đơn vị cần chuẩn bị báo cáo.";

        Run(text).Events.Should().BeEmpty();
    }

    [Theory]
    [InlineData("10:15, 13/06/2024\n\nTiêu đề\n\nChiều 12/6, sau 3 ngày làm việc, Kỳ họp thứ 15 HĐND huyện Tân Lập khóa V, nhiệm kỳ 2021 - 2026 đã bế mạc.", "kỳ họp", "Kỳ họp thứ 15 HĐND huyện Tân Lập khóa V")]
    [InlineData("10:15, 13/06/2024\n\nTiêu đề\n\nSáng 12/6, Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20 đã diễn ra tại Hội trường Huyện ủy.", "hội nghị", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20")]
    [InlineData("10:15, 13/06/2024\n\nTiêu đề\n\nNgày 12/6, tại Hội trường Huyện ủy, Hội nghị sơ kết công tác quý II đã diễn ra.", "hội nghị", "Hội nghị sơ kết công tác quý II")]
    [InlineData("10:15, 13/06/2024\n\nTiêu đề\n\nSáng 12/6, tại Nhà văn hóa xã đã diễn ra Lễ ra mắt mô hình dân vận khéo.", "lễ", "Lễ ra mắt mô hình dân vận khéo")]
    public void Reads_an_event_named_as_the_subject_of_a_verb_saying_it_took_place(string text, string kind, string name)
    {
        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Date.Should().NotBeNull();
        reported.Kind.Should().Be(kind);
        reported.Name.Should().Be(name);
        reported.Organizer.Should().BeNull("the subject is the event, not who held it");
    }

    [Theory]
    [InlineData("Tiêu đề\n\nNgày 14/5, Đoàn giám sát của Thường trực HĐND huyện do ông Lê Văn Hùng, Phó Chủ tịch HĐND huyện làm trưởng đoàn, giám sát việc thực hiện chính sách bảo trợ xã hội tại xã Tân Lập.", "Đoàn giám sát của Thường trực HĐND huyện")]
    [InlineData("Tiêu đề\n\nSáng 14/5, Ban Dân tộc HĐND tỉnh giám sát tình hình thực hiện chương trình giảm nghèo tại huyện Tân Lập.", "Ban Dân tộc HĐND tỉnh")]
    public void Reads_a_monitoring_visit_with_the_delegation_that_holds_it(string text, string organizer)
    {
        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Kind.Should().Be("giám sát");
        reported.Name.Should().StartWith("giám sát ");
        reported.Organizer.Should().Be(organizer);
    }

    [Theory]
    [InlineData("Tiêu đề\n\nSáng 3/5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết quý I. Cùng dự có đồng chí Lê Văn An, Phó Chủ tịch UBND huyện và đồng chí Trần Thị Bình, Trưởng Ban Dân vận Huyện ủy.", new[] { "đồng chí Lê Văn An, Phó Chủ tịch UBND huyện", "đồng chí Trần Thị Bình, Trưởng Ban Dân vận Huyện ủy" })]
    [InlineData("Tiêu đề\n\nSáng 3/5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết quý I.\n\nDự có đồng chí Lê Văn An, Phó Chủ tịch UBND huyện; ông Trần Văn Bình, Chủ tịch UBND xã.", new[] { "đồng chí Lê Văn An, Phó Chủ tịch UBND huyện", "ông Trần Văn Bình, Chủ tịch UBND xã" })]
    [InlineData("Tiêu đề\n\nSáng 3/5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết quý I với sự tham dự của đồng chí Lê Văn An, Phó Bí thư Huyện ủy.", new[] { "đồng chí Lê Văn An, Phó Bí thư Huyện ủy" })]
    public void Lists_the_participants_named_in_the_lead(string text, string[] expected)
    {
        Run(text).Events.Should().ContainSingle().Subject.Participants.Should().Equal(expected);
    }

    [Fact]
    public void Reads_the_chair_from_a_sentence_of_the_events_paragraph()
    {
        var text = "Tiêu đề\n\nSáng 3/5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết quý I. Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì hội nghị.";

        Run(text).Events.Should().ContainSingle().Subject.Chair.Should().Be("Đồng chí Lê Văn An, Bí thư Huyện ủy");
    }

    [Theory]
    [InlineData("Tiêu đề\n10:05 - 15/11/2024\n\nNgày 14/11, Ủy ban MTTQ tỉnh phối hợp với UBND huyện tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại ấp Tân Lập.", "ngày hội", "Ngày hội Đại đoàn kết toàn dân tộc", "Ủy ban MTTQ tỉnh")]
    [InlineData("Tiêu đề\n10:05 - 02/07/2023\n\nNgày 30/6, Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy do đồng chí Lê Văn An làm trưởng đoàn đã kiểm tra việc thực hiện Chỉ thị số 35-CT/TW tại Huyện ủy Tân Lập.", "kiểm tra", "kiểm tra việc thực hiện Chỉ thị số 35-CT/TW", "Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy")]
    [InlineData("Tiêu đề\n10:05 - 22/10/2025\n\nSáng 21/10, Thường trực Tỉnh ủy khảo sát tiến độ dự án đường ven biển tại xã Tân Lập.", "khảo sát", "khảo sát tiến độ dự án đường ven biển", "Thường trực Tỉnh ủy")]
    public void Reads_festival_days_inspections_and_survey_visits(string text, string kind, string name, string organizer)
    {
        var reported = Run(text).Events.Should().ContainSingle().Subject;

        reported.Kind.Should().Be(kind);
        reported.Name.Should().Be(name);
        reported.Organizer.Should().Be(organizer);
        reported.Date.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Tiêu đề\n10:05 - 02/07/2023\n\nNgày 30/6, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm.")]
    [InlineData("Tiêu đề\n10:05 - 02/07/2023\n\nNgày 30/6, UBND tỉnh có văn bản yêu cầu các sở, ngành kiểm tra việc thực hiện quy chế dân chủ.")]
    [InlineData("Tiêu đề\n10:05 - 02/07/2023\n\nNgày 30/6, Ủy ban Kiểm tra Huyện ủy sẽ kiểm tra việc thực hiện Chỉ thị số 35-CT/TW.")]
    [InlineData("Tiêu đề\n10:05 - 02/07/2023\n\nTrong 6 tháng, Ủy ban Kiểm tra Huyện ủy đã kiểm tra việc thực hiện nhiệm vụ của 14 đảng viên.")]
    public void Takes_no_inspection_as_work_field_directive_plan_or_undated_tally_for_an_event(string text)
    {
        Run(text).Events.Should().NotContain(e => e.Kind == "kiểm tra");
    }

    [Fact]
    public void Dates_an_event_told_on_the_same_day_by_the_event_before_it()
    {
        const string text = "Tiêu đề\n17:44 - 22/10/2025\n\nChiều 21/10, Ban Thường vụ Tỉnh ủy tổ chức buổi làm việc với Đảng ủy xã Tân Lập.\n\n"
            + "Xã có 74 tổ chức cơ sở đảng.\n\nTrước đó, sáng cùng ngày, đoàn đã khảo sát tiến độ dự án mở rộng cảng cá Tân Lập.";

        var events = Run(text).Events;

        events.Should().HaveCount(2);
        var survey = events.Should().ContainSingle(e => e.Kind == "khảo sát").Subject;
        survey.Date.Should().Be(new LocalDate(2025, 10, 21));
        survey.Name.Should().Be("khảo sát tiến độ dự án mở rộng cảng cá Tân Lập");
        survey.Organizer.Should().BeNull("a lowercase 'đoàn' refers back to the delegation and names no body");
    }

    [Fact]
    public void Reads_no_same_day_event_when_no_dated_event_came_before()
    {
        const string text = "Tiêu đề\n17:44 - 22/10/2025\n\nXã có 74 tổ chức cơ sở đảng.\n\nCùng ngày, đoàn đã khảo sát tiến độ dự án mở rộng cảng cá Tân Lập.";

        Run(text).Events.Should().BeEmpty();
    }
}
