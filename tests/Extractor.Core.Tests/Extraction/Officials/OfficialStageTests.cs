using Extractor.Documents;
using Extractor.Extraction.Officials;
using Extractor.Facts;

namespace Extractor.Core.Tests.Extraction.Officials;

public class OfficialStageTests
{
    private static readonly OfficialStage Stage = new();

    private static IReadOnlyList<Official> Run(string text, params Author[] authors) =>
        Stage.Process(ArticleDocument.FromText(text) with { Authors = [.. authors] }).Officials;

    private static string Describe(Official o) => o.Name + " | " + string.Join(" ; ", o.Titles);

    public static TheoryData<string, string[]> Sentences => new()
    {
        // An unknown commune of three syllables, and one whose second syllable is a rarer surname before a common one.
        {
            "Theo ông Đoàn Minh Khoa, Bí thư Đảng ủy, Chủ tịch HĐND xã An Ninh Đông, xã đã kết nạp 23 đảng viên.",
            ["Đoàn Minh Khoa | Bí thư Đảng ủy ; Chủ tịch HĐND xã An Ninh Đông"]
        },
        {
            "Bí thư Đảng ủy xã Hàm Ninh Nguyễn Hoàng Khải đề nghị các chi bộ tạo nguồn kết nạp đảng viên.",
            ["Nguyễn Hoàng Khải | Bí thư Đảng ủy xã Hàm Ninh"]
        },

        // After a name, an institution named after a person belongs to the title.
        {
            "Dự lễ có các đồng chí: Nguyễn Thị Hoài Thu – Phó Hiệu trưởng Trường Chính trị Lê Duẩn; Lê Đình Hưng – Bí thư Tỉnh Đoàn Yên Bái.",
            ["Nguyễn Thị Hoài Thu | Phó Hiệu trưởng Trường Chính trị Lê Duẩn", "Lê Đình Hưng | Bí thư Tỉnh Đoàn Yên Bái"]
        },

        // Bodies whose name holds a level word or a numbered region.
        {
            "Tiếp đoàn có ông Lê Văn Hòa, Giám đốc Bảo hiểm xã hội tỉnh và PGS.TS Trần Quang Hiển, Phó Giám đốc Học viện Chính trị khu vực I.",
            ["Lê Văn Hòa | Giám đốc Bảo hiểm xã hội tỉnh", "Trần Quang Hiển | Phó Giám đốc Học viện Chính trị khu vực I"]
        },

        // Appointment cues: "được chuẩn y giữ chức", "nhận nhiệm vụ"; a rank and a rarer surname.
        {
            "Đồng chí Lý Hoàng Phong, Phó Bí thư Thường trực Huyện ủy được chuẩn y giữ chức Bí thư Huyện ủy Hồng Dân.",
            ["Lý Hoàng Phong | Phó Bí thư Thường trực Huyện ủy ; Bí thư Huyện ủy Hồng Dân"]
        },
        {
            "Dự có Thượng tá Vừ A Chống, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh và ông Lã Văn Toàn, nguyên Phó Giám đốc Sở Tài nguyên và Môi trường.",
            ["Vừ A Chống | Thượng tá ; Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh", "Lã Văn Toàn | nguyên Phó Giám đốc Sở Tài nguyên và Môi trường"]
        },

        // Name, then titles after a comma.
        {
            "Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương chủ trì hội nghị.",
            ["Phạm Minh Chính | Ủy viên Bộ Chính trị ; Bí thư Trung ương Đảng ; Trưởng ban Tổ chức Trung ương"]
        },

        // Titles before the name: a chain split into separate offices.
        {
            "Tại điểm cầu Bình Phước, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy Nguyễn Văn Dũng cùng cán bộ dự hội nghị.",
            ["Nguyễn Văn Dũng | Ủy viên Ban Thường vụ ; Trưởng ban Tổ chức Tỉnh ủy"]
        },

        // A list "các đồng chí: A – X; B – Y" with en dashes.
        {
            "Tới dự có các đồng chí: Trần Văn Minh – Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy; Lê Thị Hoa – Bí thư Đảng ủy Khối các cơ quan tỉnh; các đồng chí lãnh đạo.",
            ["Trần Văn Minh | Tỉnh ủy viên ; Chánh Văn phòng Tỉnh ủy", "Lê Thị Hoa | Bí thư Đảng ủy Khối các cơ quan tỉnh"]
        },

        // A list without honorifics, hyphen separators, an ethnic-minority surname.
        {
            "Tham dự có đồng chí Vương Đình Tâm - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Ksor Phước - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.",
            ["Vương Đình Tâm | Phó Bí thư Tỉnh ủy ; Chủ tịch UBND tỉnh", "Ksor Phước | Phó Bí thư Thường trực Tỉnh ủy ; Chủ tịch HĐND tỉnh"]
        },

        // Abbreviations kept as written.
        {
            "Phát biểu tại lễ, đồng chí Cao Thị Mai - TUV, Hiệu trưởng Trường Chính trị tỉnh nhấn mạnh nhiệm vụ.",
            ["Cao Thị Mai | TUV ; Hiệu trưởng Trường Chính trị tỉnh"]
        },
        {
            "Dự hội nghị có đồng chí Lưu Quang Huy, Ủy viên BTV Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy.",
            ["Lưu Quang Huy | Ủy viên BTV Tỉnh ủy ; Chủ nhiệm UBKT Tỉnh ủy"]
        },

        // Names in capitals, normalized to ordinary capitalisation.
        {
            "Đồng chí NGUYỄN HỮU TRÍ, Phó Chủ tịch UBND tỉnh phát biểu.",
            ["Nguyễn Hữu Trí | Phó Chủ tịch UBND tỉnh"]
        },

        // "nguyên" (former) and "Quyền" (acting) stay in the title.
        {
            "Ông Đặng Văn Hải, nguyên Bí thư Huyện ủy Mộc Châu đến dự.",
            ["Đặng Văn Hải | nguyên Bí thư Huyện ủy Mộc Châu"]
        },
        {
            "Quyền Chủ tịch UBND tỉnh Phan Thanh Tùng chủ trì buổi làm việc.",
            ["Phan Thanh Tùng | Quyền Chủ tịch UBND tỉnh"]
        },

        // Military ranks.
        {
            "Đại tá Hoàng Minh Đức, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo kết quả.",
            ["Hoàng Minh Đức | Đại tá ; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]
        },

        // A province's name after a level word belongs to the title, even when it starts like a surname.
        {
            "Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận thăm huyện Lâm Hà.",
            ["Trần Đức Quận | Bí thư Tỉnh ủy Lâm Đồng"]
        },

        // A tight hyphen between name and title, and a compound body with a hyphen.
        {
            "Ông Mai Văn Chất-Phó Bí thư Chi bộ-chia sẻ kinh nghiệm.",
            ["Mai Văn Chất | Phó Bí thư Chi bộ"]
        },
        {
            "Đồng chí Tạ Văn Chỉnh-Trưởng Ban Tuyên giáo-Tổng hợp Đảng ủy Khối quán triệt nghị quyết.",
            ["Tạ Văn Chỉnh | Trưởng Ban Tuyên giáo-Tổng hợp Đảng ủy Khối"]
        },

        // An appointment counts: "giữ chức".
        {
            "Hội nghị chỉ định ông Đinh Công Sơn, Chánh Văn phòng UBND tỉnh giữ chức Bí thư Đảng ủy (nhiệm kỳ 2020 - 2025).",
            ["Đinh Công Sơn | Chánh Văn phòng UBND tỉnh ; Bí thư Đảng ủy"]
        },

        // After a name and a separator, offices written in lowercase, dash-separated.
        {
            "Dự kỳ họp có các đồng chí: Lâm Văn Hòa - ủy viên Trung ương Đảng - Bí thư Tỉnh ủy; Kiều Minh Tâm - phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh.",
            ["Lâm Văn Hòa | ủy viên Trung ương Đảng ; Bí thư Tỉnh ủy", "Kiều Minh Tâm | phó Bí thư Tỉnh ủy ; Chủ tịch UBND tỉnh"]
        },

        // Abbreviated offices and "kiêm".
        {
            "Đến dự có đồng chí Hứa Văn Lộc – PCT UBND huyện; đồng chí Lục Thị Hà - PBT Huyện ủy; ông Tăng Văn Bình - Bí thư kiêm Chủ tịch UBND xã.",
            ["Hứa Văn Lộc | PCT UBND huyện", "Lục Thị Hà | PBT Huyện ủy", "Tăng Văn Bình | Bí thư ; Chủ tịch UBND xã"]
        },

        // A list "Title A, Title B": each title goes to the name after it.
        {
            "Cùng dự có Phó Chủ tịch UBND tỉnh Lê Đình Sơn, Trưởng Ban Dân vận Tỉnh ủy Trần Thị Kim Hoa và lãnh đạo huyện.",
            ["Lê Đình Sơn | Phó Chủ tịch UBND tỉnh", "Trần Thị Kim Hoa | Trưởng Ban Dân vận Tỉnh ủy"]
        },

        // An aside in parentheses between the name and the title.
        {
            "Ông Quách Vinh Quang (thứ hai từ phải qua), Phó Trưởng Ban Dân vận Tỉnh ủy trao kỷ niệm chương.",
            ["Quách Vinh Quang | Phó Trưởng Ban Dân vận Tỉnh ủy"]
        },

        // An office that is also a body does not split a title; a unit's number ends it.
        {
            "Đồng chí Trịnh Thị Thanh, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh dự và chủ trì hội nghị.",
            ["Trịnh Thị Thanh | Bí thư Tỉnh ủy ; Trưởng đoàn Đại biểu Quốc hội tỉnh"]
        },
        {
            "Hội nghị có sự tham dự của thiếu tướng Lê Hồng Nhân, Phó tư lệnh, Tham mưu trưởng Quân khu 4, cùng lãnh đạo tỉnh.",
            ["Lê Hồng Nhân | thiếu tướng ; Phó tư lệnh ; Tham mưu trưởng Quân khu 4"]
        },

        // An appointment after a comma that closes the titles held: the new office is read too.
        {
            "Đồng chí Hoàng Văn Sơn, nguyên Chủ tịch UBND huyện, được điều động nhận nhiệm vụ Phó Trưởng Ban Dân vận Tỉnh ủy.",
            ["Hoàng Văn Sơn | nguyên Chủ tịch UBND huyện ; Phó Trưởng Ban Dân vận Tỉnh ủy"]
        },
        {
            "Ông Phạm Đức Long, Phó Giám đốc Sở Nội vụ, được bổ nhiệm giữ chức Giám đốc Sở Nội vụ.",
            ["Phạm Đức Long | Phó Giám đốc Sở Nội vụ ; Giám đốc Sở Nội vụ"]
        },

        // An office in an aside, then the one the person is elected to; the term after it is not part of the office.
        {
            "Đại hội bầu đồng chí Nguyễn Thị Hoa (Trưởng ấp Phú Hòa) giữ chức Bí thư Chi bộ nhiệm kỳ 2025 - 2030.",
            ["Nguyễn Thị Hoa | Trưởng ấp Phú Hòa ; Bí thư Chi bộ"]
        },

        // "Chủ tịch Hồ Chí Minh" is a named person with a title; the city after a level word is not.
        {
            "Trước chân dung Chủ tịch Hồ Chí Minh, đảng viên tuyên thệ. Đoàn công tác của Thành ủy TP Hồ Chí Minh đến thăm.",
            ["Hồ Chí Minh | Chủ tịch"]
        },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Reads_each_person_with_every_title_they_hold(string text, string[] expected) =>
        Run(text).Select(Describe).Should().Equal(expected);

    public static TheoryData<string> NotOfficials => new()
    {
        "Chi bộ kết nạp quần chúng ưu tú Nguyễn Thanh Tùng vào Đảng.",
        "Đảng viên mới Phạm Văn Bình tuyên thệ dưới cờ Đảng.",
        "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được đẩy mạnh.",
        "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự hội nghị.",
        "Đoàn đã đến thăm tỉnh Thái Bình và huyện Lâm Hà.",
    };

    [Theory]
    [MemberData(nameof(NotOfficials))]
    public void Reports_no_official_where_nobody_is_named_with_an_office(string text) =>
        Run(text).Should().BeEmpty();

    [Fact]
    public void Merges_every_mention_of_a_person_into_one_entry_with_the_short_form()
    {
        const string text = "Dự hội nghị có đồng chí Lê Văn Chính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy. "
            + "Phát biểu tại hội nghị, đồng chí Chính đề nghị các cấp ủy tiếp tục đổi mới. Đồng chí Lê Văn Chính cũng trao quà.";

        var official = Run(text).Should().ContainSingle().Subject;

        official.Name.Should().Be("Lê Văn Chính");
        official.Mentions.Should().HaveCount(3);
        official.Mentions.Select(m => m.Of(text)).Should().Equal("Lê Văn Chính", "Chính", "Lê Văn Chính");
    }

    [Fact]
    public void Orders_titles_by_the_fullest_mention_and_keeps_the_first_written_form_of_a_variant()
    {
        const string text = "Hiệu trưởng Trường Chính trị tỉnh Bùi Thị Kim Oanh phát biểu khai giảng.\n"
            + "Đồng chí Bùi Thị Kim Oanh - TUV, Hiệu trưởng Trường Chính trị tỉnh nhấn mạnh yêu cầu.\n"
            + "Đ/c Bùi Thị Kim Oanh - Hiệu trưởng Trường Chính trị trao giấy chứng nhận.";

        var official = Run(text).Should().ContainSingle().Subject;

        official.Titles.Should().Equal("TUV", "Hiệu trưởng Trường Chính trị tỉnh");
    }

    [Fact]
    public void Joins_a_headline_in_capitals_to_the_person_named_in_the_body()
    {
        const string text = "BÍ THƯ TỈNH ỦY NGUYỄN VĂN QUANG LÀM VIỆC VỚI HUYỆN\n"
            + "Sáng 5-3, đồng chí Nguyễn Văn Quang, Bí thư Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy.";

        var official = Run(text).Should().ContainSingle().Subject;

        official.Name.Should().Be("Nguyễn Văn Quang");
        official.Titles.Should().ContainSingle().Which.Should().BeOneOf("BÍ THƯ TỈNH ỦY", "Bí thư Tỉnh ủy");
        official.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Continues_a_department_name_across_a_spaced_dash()
    {
        const string text = "Giám đốc Sở Lao động - Thương binh và Xã hội Ninh Văn Tùng báo cáo tình hình.";

        Run(text).Select(Describe).Should().Equal("Ninh Văn Tùng | Giám đốc Sở Lao động - Thương binh và Xã hội");
    }

    [Fact]
    public void Gives_every_title_its_evidence_span()
    {
        const string text = "Đồng chí Ngô Quang Vinh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì.";

        var official = Run(text).Should().ContainSingle().Subject;

        official.TitleSpans.Select(s => s.Of(text)).Should().Equal(official.Titles);
        official.Mentions.Single().Of(text).Should().Be("Ngô Quang Vinh");
    }

    [Fact]
    public void Leaves_out_a_person_named_in_the_byline_even_with_a_title()
    {
        const string text = "Chi bộ tổ chức lễ kết nạp đảng viên.\nĐồng chí Đỗ Văn Thuần - Bí thư Chi bộ phát biểu.\nĐỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng";
        var bylineStart = text.LastIndexOf("Đỗ Thuần", StringComparison.Ordinal);

        var officials = Run(text, new Author("Đỗ Thuần", TextSpan.FromLength(bylineStart, "Đỗ Thuần".Length)));

        officials.Select(Describe).Should().Equal("Đỗ Văn Thuần | Bí thư Chi bộ");
    }
}
