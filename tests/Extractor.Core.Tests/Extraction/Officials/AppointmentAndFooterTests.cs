using Extractor.Documents;
using Extractor.Extraction.Officials;
using Extractor.Extraction.Structure;
using Extractor.Facts;
using Extractor.Pipeline;

namespace Extractor.Core.Tests.Extraction.Officials;

/// <summary>Offices someone is appointed to later in the clause, bodies with lowercase words, Khmer names, village heads, and the
/// publisher named in a page footer.</summary>
public sealed class AppointmentAndFooterTests
{
    private static IReadOnlyList<Official> Run(string text)
    {
        return StructuredText.Process(text, new OfficialStage()).Officials;
    }

    private static string Describe(Official o) => o.Name + " | " + string.Join(" ; ", o.Titles);

    public static TheoryData<string, string> Sentences => new()
    {
        // The appointment comes after other duties, opened by "và" or a comma.
        {
            "Tin nhân sự\n\nBan Thường vụ Tỉnh ủy chỉ định đồng chí Hồ Văn Sáu, Phó Trưởng Ban Dân vận Tỉnh ủy, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Đức Thọ.",
            "Hồ Văn Sáu | Phó Trưởng Ban Dân vận Tỉnh ủy ; Bí thư Huyện ủy Đức Thọ"
        },
        {
            "Tin nhân sự\n\nUBND tỉnh bổ nhiệm ông Lê Quang Vinh, Trưởng phòng Tổ chức cán bộ, giữ chức Phó Giám đốc Sở Y tế.",
            "Lê Quang Vinh | Trưởng phòng Tổ chức cán bộ ; Phó Giám đốc Sở Y tế"
        },

        // An office named first and linked to the person by "đối với".
        {
            "Tin kỳ họp\n\nKỳ họp miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Võ Thành Nam, nguyên Giám đốc Sở Tài chính.",
            "Võ Thành Nam | Ủy viên UBND tỉnh ; nguyên Giám đốc Sở Tài chính"
        },

        // A Khmer surname and a village head.
        {
            "Tin cơ sở\n\nDự lễ có ông Chau Ngọc Sang, Chủ tịch UBND xã Ô Lâm.",
            "Chau Ngọc Sang | Chủ tịch UBND xã Ô Lâm"
        },
        {
            "Tin cơ sở\n\nDịp này, ông Thạch Sô Phon, Chủ tịch UBND xã Lạc Hòa cùng các đoàn thể trao quà cho hộ nghèo.",
            "Thạch Sô Phon | Chủ tịch UBND xã Lạc Hòa"
        },
        {
            "Tin cơ sở\n\nPhát biểu tại buổi lễ, Chủ tịch UBND xã Nguyễn Văn Tư cảm ơn các nhà hảo tâm.",
            "Nguyễn Văn Tư | Chủ tịch UBND xã"
        },
        {
            "Tin cơ sở\n\nBà H'Lan Niê, Trưởng buôn Ea Kmăt báo cáo tình hình của buôn.",
            "H'Lan Niê | Trưởng buôn Ea Kmăt"
        },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Reads_the_person_with_every_office_held_and_taken(string text, string expected) =>
        Run(text).Select(Describe).Should().Contain(expected);

    public static TheoryData<string, string[]> Reelections => new()
    {
        // A re-election verb between the name and the office links them.
        {
            "Tin đại hội\n\nĐại hội đã bầu ông Bùi Văn Hậu tái cử Chủ tịch Hội Nông dân xã với 96% số phiếu.",
            ["Bùi Văn Hậu | Chủ tịch Hội Nông dân xã"]
        },
        {
            "Tin đại hội\n\nBà Tạ Thị Yến tái đắc cử Chủ tịch Hội Liên hiệp Phụ nữ huyện.",
            ["Tạ Thị Yến | Chủ tịch Hội Liên hiệp Phụ nữ huyện"]
        },

        // Names listed after a plural honorific share the office they are appointed to; a rare surname opens a name.
        {
            "Tin đại hội\n\nCác đồng chí Đàm Văn Khải và Ngọ Thị Lụa giữ chức Phó Chủ tịch.",
            ["Đàm Văn Khải | Phó Chủ tịch", "Ngọ Thị Lụa | Phó Chủ tịch"]
        },
        {
            "Tin đại hội\n\nHội nghị bầu các đồng chí Mạc Văn Tư, Đới Thị Hằng và Lục Văn Bảo giữ chức Phó Bí thư Đảng ủy xã.",
            ["Mạc Văn Tư | Phó Bí thư Đảng ủy xã", "Đới Thị Hằng | Phó Bí thư Đảng ủy xã", "Lục Văn Bảo | Phó Bí thư Đảng ủy xã"]
        },
    };

    [Theory]
    [MemberData(nameof(Reelections))]
    public void Links_an_office_won_again_or_shared_by_a_list_to_each_name(string text, string[] expected) =>
        Run(text).Select(Describe).Should().BeEquivalentTo(expected);

    [Fact]
    public void Shares_an_appointment_only_within_a_list_opened_by_a_plural_honorific()
    {
        const string text = "Tin đại hội\n\nÔng Hứa Văn Lâm và ông Sầm Văn Tài giữ chức Phó Chủ tịch.";

        Run(text).Select(Describe).Should().BeEquivalentTo(["Sầm Văn Tài | Phó Chủ tịch"]);
    }

    [Fact]
    public void Gives_a_shared_title_before_a_colon_to_every_person_listed()
    {
        const string text = "Tin hội nghị\n\nĐồng chí Vi Thị Hạnh, Chủ tịch Ủy ban MTTQ tỉnh; các Phó Chủ tịch: Nông Văn Tiến, Hoàng Thị Mai và Lục Văn Hùng chủ trì hội nghị.";

        Run(text).Select(Describe).Should().Contain(
            "Nông Văn Tiến | Phó Chủ tịch", "Hoàng Thị Mai | Phó Chủ tịch", "Lục Văn Hùng | Phó Chủ tịch");
    }

    [Fact]
    public void Gives_a_shared_title_after_a_plural_honorific_to_every_person_listed()
    {
        const string text = "Tin hội nghị\n\nCùng dự có các đồng chí Phó Chủ tịch UBND huyện: Hoàng Văn Tú, Lê Thị Mến và Trịnh Quốc Bảo.";

        Run(text).Select(Describe).Should().BeEquivalentTo(
            "Hoàng Văn Tú | Phó Chủ tịch UBND huyện", "Lê Thị Mến | Phó Chủ tịch UBND huyện", "Trịnh Quốc Bảo | Phó Chủ tịch UBND huyện");
    }

    [Fact]
    public void Keeps_a_committee_named_for_a_directive_number_whole()
    {
        const string text = "Tin hội nghị\n\nĐ/c Lò Văn Pấng – Phó Bí thư Huyện ủy, Trưởng Ban Chỉ đạo 35 huyện phát biểu kết luận.";

        Run(text).Select(Describe).Should().Contain("Lò Văn Pấng | Phó Bí thư Huyện ủy ; Trưởng Ban Chỉ đạo 35 huyện");
    }

    [Fact]
    public void Links_no_office_by_for_unless_it_is_named_as_a_post()
    {
        const string text = "Tin gặp mặt\n\nBuổi gặp thể hiện tình cảm của Bí thư Tỉnh ủy đối với đồng chí Võ Thành Nam.";

        Run(text).Should().NotContain(o => o.Name == "Võ Thành Nam" && o.Titles.Contains("Bí thư Tỉnh ủy"));
    }

    [Fact]
    public void Leaves_a_later_appointment_to_the_person_it_is_written_for()
    {
        const string text = "Tin nhân sự\n\nĐồng chí Hồ Văn Sáu, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng ông Trần Bình, Chánh Văn phòng Huyện ủy và giữ chức Bí thư Chi bộ.";

        Run(text).Single(o => o.Name == "Hồ Văn Sáu").Titles.Should().Equal("Phó Trưởng Ban Dân vận Tỉnh ủy");
    }

    [Theory]
    [InlineData("Người chịu trách nhiệm: Phan Minh Đạt, Chánh Văn phòng UBND huyện")]
    [InlineData("Chịu trách nhiệm nội dung: Ông Phan Minh Đạt - Phó Giám đốc Sở Thông tin và Truyền thông")]
    [InlineData("Tổng Biên tập: Phan Minh Đạt - Phó Trưởng Ban Tuyên giáo Tỉnh ủy")]
    public void Takes_the_publisher_in_the_footer_for_no_official(string footer)
    {
        var text = "Huyện ủy sơ kết quý I\n\nSáng 3/4, Huyện ủy tổ chức hội nghị sơ kết công tác quý I.\n\nMINH KHÔI\n\n"
            + "Địa chỉ: Số 2, đường Lê Lợi\nĐiện thoại: 0263.3822.111\n" + footer;

        Run(text).Should().BeEmpty();
    }
}
