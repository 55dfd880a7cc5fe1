using Extractor.Documents;
using Extractor.Extraction.Events;
using Extractor.Pipeline;
using NodaTime;

namespace Extractor.Core.Tests.Extraction.Events;

/// <summary>
/// Event kinds beyond meetings and ceremonies (a programme, a race, a mobile trial, a contest's final, meetings with voters, an
/// inspection), a further event opening with "Cũng trong chiều …", and the name and year of a session held in a term.
/// </summary>
public sealed class EventKindTests
{
    private static ArticleDocument Run(string text) =>
        StructuredText.Process(text, new EventStage());

    private const string Head = "Tin hoạt động\n09:30, 20/05/2024\n\n";

    [Theory]
    [InlineData("Sáng 18/5, Huyện đoàn phối hợp với Hội Nông dân tổ chức chương trình “Tiếp sức mùa thi” năm 2024 tại xã Tân An.", "chương trình", "chương trình “Tiếp sức mùa thi” năm 2024", "Huyện đoàn")]
    [InlineData("Sáng 19/5, Trung tâm Văn hóa huyện tổ chức Giải Bóng chuyền hơi nữ lần thứ V.", "giải", "Giải Bóng chuyền hơi nữ lần thứ V", "Trung tâm Văn hóa huyện")]
    [InlineData("Ngày 16/5, Tòa án nhân dân huyện tổ chức phiên tòa xét xử lưu động vụ án trộm cắp tài sản.", "phiên tòa", "phiên tòa xét xử lưu động vụ án trộm cắp tài sản", "Tòa án nhân dân huyện")]
    [InlineData("Ngày 17/5, Hội Phụ nữ tỉnh tổ chức Chung kết Hội thi “Phụ nữ khéo tay” năm 2024.", "hội thi", "Chung kết Hội thi “Phụ nữ khéo tay” năm 2024", "Hội Phụ nữ tỉnh")]
    [InlineData("Sáng 17/5, Sở Văn hóa tỉnh tổ chức Lễ hội Katê năm 2024 tại đền Pô Klong Garai.", "lễ hội", "Lễ hội Katê năm 2024", "Sở Văn hóa tỉnh")]
    [InlineData("Sáng 15/5, Tổ đại biểu Hội đồng nhân dân tỉnh gồm ông Lê Văn Tư và bà Đinh Thị Năm đã tiếp xúc cử tri xã Đắk Pơ.", "tiếp xúc cử tri", "tiếp xúc cử tri xã Đắk Pơ", "Tổ đại biểu Hội đồng nhân dân tỉnh")]
    [InlineData("Từ ngày 13 đến 15/5, Đoàn kiểm tra số 3 của Huyện ủy do đồng chí Vừ A Sình làm trưởng đoàn đã kiểm tra việc thực hiện Chỉ thị 05 tại hai xã.", "kiểm tra", "kiểm tra việc thực hiện Chỉ thị 05", "Đoàn kiểm tra số 3 của Huyện ủy")]
    public void Reads_programmes_races_trials_contests_voter_meetings_and_inspections(string lead, string kind, string name, string organizer)
    {
        var reported = Run(Head + lead).Events.Should().ContainSingle().Subject;

        reported.Kind.Should().Be(kind);
        reported.Name.Should().Be(name);
        reported.Organizer.Should().Be(organizer);
        reported.Date.Should().NotBeNull();
    }

    [Fact]
    public void Reads_a_trial_a_court_opens()
    {
        var reported = Run(Head + "Ngày 16/5, Tòa án nhân dân tỉnh mở phiên tòa hình sự sơ thẩm xét xử vụ án tham ô tài sản.").Events.Should().ContainSingle().Subject;

        reported.Kind.Should().Be("phiên tòa");
        reported.Organizer.Should().Be("Tòa án nhân dân tỉnh");
    }

    [Fact]
    public void Reads_no_side_visit_told_after_the_main_event()
    {
        var text = Head
            + "Sáng 18/5, Huyện ủy tổ chức Lễ trao Huy hiệu Đảng đợt 19/5.\n\n"
            + "Nhiều đảng viên đã nhận Huy hiệu.\n\n"
            + "Cùng ngày, Thường trực Huyện ủy đến thăm, tặng quà 17 đảng viên cao tuổi không có điều kiện đến dự lễ.";

        Run(text).Events.Should().ContainSingle().Which.Kind.Should().Be("lễ");
    }

    [Fact]
    public void Reads_two_voter_meetings_of_one_day_in_different_places()
    {
        var text = Head
            + "Sáng 18/5, Tổ đại biểu Quốc hội tỉnh đã tiếp xúc cử tri xã Phú Lộc.\n\n"
            + "Cử tri nêu nhiều kiến nghị về đường giao thông.\n\n"
            + "Chiều cùng ngày, Tổ đại biểu tiếp tục tiếp xúc cử tri phường Bình Minh.";

        var events = Run(text).Events;

        events.Should().HaveCount(2);
        events.Should().OnlyContain(e => e.Kind == "tiếp xúc cử tri" && e.Date == new LocalDate(2024, 5, 18));
        events[1].Organizer.Should().Be("Tổ đại biểu");
    }

    [Theory]
    [InlineData("Cũng trong chiều 18/5, ")]
    [InlineData("Cũng trong sáng 18/5, ")]
    public void Reads_a_further_event_opening_with_also_on_and_its_day(string cue)
    {
        var text = Head
            + "Sáng 18/5, Liên đoàn Lao động huyện tổ chức lễ phát động Tháng Công nhân.\n\n"
            + "Nhiều công nhân đã tham gia.\n\n"
            + "Ban tổ chức đã trao quà cho công nhân.\n\n"
            + cue + "Liên đoàn Lao động huyện tổ chức diễn tập phòng cháy tại Công ty May Tân Phú.";

        var events = Run(text).Events;

        events.Should().HaveCount(2);
        events[1].Kind.Should().Be("diễn tập");
        events[1].Date.Should().Be(new LocalDate(2024, 5, 18));
    }

    [Theory]
    [InlineData("Chiều 8/5, HĐND huyện Tân Lập tổ chức Kỳ họp thứ 12, HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026.", "Kỳ họp thứ 12, HĐND huyện khóa XX")]
    [InlineData("Sáng 9/5, Đảng ủy xã tổ chức Hội nghị lần thứ 7, Ban Chấp hành Đảng bộ xã khóa III, giai đoạn 2020 - 2025.", "Hội nghị lần thứ 7, Ban Chấp hành Đảng bộ xã khóa III")]
    public void Keeps_the_body_and_its_term_in_the_name_and_never_dates_by_the_term(string lead, string name)
    {
        // No dateline: the year would come from the sentence, and a term of several years gives none.
        var reported = Run("Tin hoạt động\n\n" + lead).Events.Should().ContainSingle().Subject;

        reported.Name.Should().Be(name);
        reported.Date.Should().BeNull();
    }
}
