using Extractor.Documents;
using Extractor.Extraction.Officials;
using Extractor.Facts;

namespace Extractor.Core.Tests.Extraction.Officials;

/// <summary>How far an organization's name reaches after an office: lowercase words up to its level, parent body or holder,
/// fields listed with commas, places naming a body, lines in capitals; and how titles of one person are joined.</summary>
public sealed class OrganizationNameTests
{
    private static readonly OfficialStage Stage = new();

    private static IEnumerable<string> Describe(string text) =>
        Stage.Process(ArticleDocument.FromText(text)).Officials.Select(o => o.Name + " | " + string.Join(" ; ", o.Titles));

    public static TheoryData<string, string[]> Sentences => new()
    {
        // Lowercase words after a body's name run to the level that closes it.
        {
            "Đồng chí Phan Thị Hạnh, Trưởng Ban Vận động Quỹ Vì trẻ em nghèo huyện phát biểu.",
            ["Phan Thị Hạnh | Trưởng Ban Vận động Quỹ Vì trẻ em nghèo huyện"]
        },
        {
            "Ông Đào Minh Khang, Giám đốc Ban Quản lý dự án đầu tư xây dựng thị xã, cho biết công trình đã xong.",
            ["Đào Minh Khang | Giám đốc Ban Quản lý dự án đầu tư xây dựng thị xã"]
        },
        {
            "Bà Tô Thị Nhàn, Phó Trưởng Ban Chỉ đạo diễn tập phòng thủ huyện.",
            ["Tô Thị Nhàn | Phó Trưởng Ban Chỉ đạo diễn tập phòng thủ huyện"]
        },

        // A committee's or a programme's name runs on longer, and a noun whose syllable is on the stop list stays in it.
        {
            "Ông Khổng Văn Tiệp, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện huyện; bà Lê Thị Na dự.",
            ["Khổng Văn Tiệp | Phó Chủ tịch UBND huyện ; Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện huyện"]
        },
        {
            "Ông Nghiêm Đức Hạnh, Chi cục trưởng Chi cục Thủy lợi đồng thời là Phó Trưởng Ban Chỉ đạo Chương trình phát triển du lịch cộng đồng tỉnh.",
            ["Nghiêm Đức Hạnh | Chi cục trưởng Chi cục Thủy lợi ; Phó Trưởng Ban Chỉ đạo Chương trình phát triển du lịch cộng đồng tỉnh"]
        },

        // A department's standard name with lowercase syllables is one body, before a comma too.
        {
            "Ông Kha Văn Tín, nguyên Phó Giám đốc Sở Giao thông vận tải, kể lại những năm mở đường.",
            ["Kha Văn Tín | nguyên Phó Giám đốc Sở Giao thông vận tải"]
        },
        {
            "Bà Ông Thị Lựu, Phó Giám đốc Sở Nông nghiệp và phát triển nông thôn, cho biết vụ mùa thắng lợi.",
            ["Ông Thị Lựu | Phó Giám đốc Sở Nông nghiệp và phát triển nông thôn"]
        },

        // ... and a dash joins two fields of one department.
        {
            "Ông Giáp Văn Lộc, Trưởng phòng Nội vụ - Lao động huyện giải đáp kiến nghị.",
            ["Giáp Văn Lộc | Trưởng phòng Nội vụ - Lao động huyện"]
        },

        // ... or to the body the unit belongs to ("của", "thuộc").
        {
            "TS Hồ Văn Lâm, Trưởng Bộ môn Cây ăn quả của Viện trình bày kỹ thuật ghép cành.",
            ["Hồ Văn Lâm | Trưởng Bộ môn Cây ăn quả của Viện"]
        },
        {
            "Ông Đặng Quốc Việt, Trưởng phòng Quản lý đô thị thuộc Sở Xây dựng đã trả lời.",
            ["Đặng Quốc Việt | Trưởng phòng Quản lý đô thị thuộc Sở Xây dựng"]
        },

        // ... or, when the title comes first, to its holder's name.
        {
            "Cùng đi có Cục trưởng Cục Đường thủy nội địa Trần Văn Hải.",
            ["Trần Văn Hải | Cục trưởng Cục Đường thủy nội địa"]
        },

        // A verb after the title ends it, whatever follows.
        {
            "Ông Vũ Văn Khoa, Giám đốc Sở Y tế khảo sát thực tế tại huyện.",
            ["Vũ Văn Khoa | Giám đốc Sở Y tế"]
        },

        // "xã" ending "Hợp tác xã" opens no place: a capitalized word after it is the cooperative's name, a surname or not.
        {
            "Chị Lục Thị Hoa, Giám đốc Hợp tác xã Nông lâm Tà Xùa cho biết sản lượng tăng.",
            ["Lục Thị Hoa | Giám đốc Hợp tác xã Nông lâm Tà Xùa"]
        },

        // A department's name listing fields with commas and "và" is one body.
        {
            "Bà Mai Thu Trang, Giám đốc Sở Văn hóa, Thể thao và Du lịch trao giải.",
            ["Mai Thu Trang | Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
        },
        {
            "Giải đáp thắc mắc có Trưởng phòng Chính sách, tiền lương Võ Thị Hằng.",
            ["Võ Thị Hằng | Trưởng phòng Chính sách, tiền lương"]
        },

        {
            "UBND tỉnh bổ nhiệm bà Tạ Thu Hà, Trưởng phòng Tổ chức, cán bộ và đào tạo bồi dưỡng giữ chức Phó Giám đốc Sở Y tế.",
            ["Tạ Thu Hà | Trưởng phòng Tổ chức, cán bộ và đào tạo bồi dưỡng ; Phó Giám đốc Sở Y tế"]
        },

        // A clause after the comma is no field of the department, "và" or not.
        {
            "Theo ông Lâm Văn Cường, Trưởng phòng Nội vụ, người dân và doanh nghiệp đều đồng tình.",
            ["Lâm Văn Cường | Trưởng phòng Nội vụ"]
        },

        // Without the closing "và" the comma still separates two offices.
        {
            "Ông Tạ Văn Bình, Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh chủ trì.",
            ["Tạ Văn Bình | Giám đốc Sở Nội vụ ; Trưởng Ban Thi đua - Khen thưởng tỉnh"]
        },

        // A known place inside a body names the body; right after the office it is the person.
        {
            "Tham dự có ông Kiều Văn Nam, Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh.",
            ["Kiều Văn Nam | Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"]
        },

        // In a line in capitals the unit's number closes the body.
        {
            "ÔNG LÊ VĂN TÂM, GIÁM ĐỐC BAN QUẢN LÝ DỰ ÁN 3 PHÁT BIỂU TẠI BUỔI LÀM VIỆC.",
            ["Lê Văn Tâm | GIÁM ĐỐC BAN QUẢN LÝ DỰ ÁN 3"]
        },

        // Titles of one person joined by "và" or "đồng thời là"; after "và" a title with its own holder is the next person's.
        {
            "Đồng chí Phùng Văn Đạt, Bí thư Huyện ủy và Chủ tịch HĐND huyện Tân Lạc cùng dự.",
            ["Phùng Văn Đạt | Bí thư Huyện ủy ; Chủ tịch HĐND huyện Tân Lạc"]
        },
        {
            "Dự có đồng chí Lý Văn Hòa, Bí thư Huyện ủy và Chủ tịch UBND huyện Ma Văn Khoa.",
            ["Lý Văn Hòa | Bí thư Huyện ủy", "Ma Văn Khoa | Chủ tịch UBND huyện"]
        },
        {
            "Bà Tống Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đồng thời là Phó Chủ tịch Ủy ban MTTQ tỉnh phát biểu.",
            ["Tống Thị Lan | Chủ tịch Hội Liên hiệp Phụ nữ tỉnh ; Phó Chủ tịch Ủy ban MTTQ tỉnh"]
        },

        // Appointments: the body that elects may stand inside the cue; a decision may be received first.
        {
            "Đồng chí Mạc Văn Sơn, nguyên Phó Chủ tịch UBND xã, được Đại hội bầu giữ chức Chủ tịch Hội Nông dân xã.",
            ["Mạc Văn Sơn | nguyên Phó Chủ tịch UBND xã ; Chủ tịch Hội Nông dân xã"]
        },
        {
            "Ông Lưu Đức Thắng, nguyên Chánh Văn phòng Huyện ủy, nhận quyết định điều động giữ chức Phó Giám đốc Sở Tư pháp.",
            ["Lưu Đức Thắng | nguyên Chánh Văn phòng Huyện ủy ; Phó Giám đốc Sở Tư pháp"]
        },

        // Offices of border posts, women's branches, courts and procuracies, written before or after the name.
        {
            "Thiếu tá Vàng Mí Sò, Đồn trưởng Đồn Biên phòng Sà Phìn trao quà cho học sinh.",
            ["Vàng Mí Sò | Thiếu tá ; Đồn trưởng Đồn Biên phòng Sà Phìn"]
        },
        {
            "Chị Lò Thị Xuân, Chi hội trưởng Chi hội Nông dân bản Nà Cang, đề nghị hỗ trợ giống lúa.",
            ["Lò Thị Xuân | Chi hội trưởng Chi hội Nông dân bản Nà Cang"]
        },
        {
            "Thẩm phán Đinh Thị Hoa, Phó Chánh án Tòa án nhân dân huyện chủ tọa; Kiểm sát viên Phạm Văn Lợi, Phó Viện trưởng Viện Kiểm sát nhân dân huyện giữ quyền công tố.",
            ["Đinh Thị Hoa | Thẩm phán ; Phó Chánh án Tòa án nhân dân huyện", "Phạm Văn Lợi | Kiểm sát viên ; Phó Viện trưởng Viện Kiểm sát nhân dân huyện"]
        },
        {
            "Đồng chí Hồ Văn Sang, Kiểm sát viên cao cấp, Phó Viện trưởng VKSND tỉnh trình bày báo cáo.",
            ["Hồ Văn Sang | Kiểm sát viên cao cấp ; Phó Viện trưởng VKSND tỉnh"]
        },
        {
            "TS. Mẫn Thị Lan, Giảng viên chính Khoa Lý luận cơ sở, trình bày chuyên đề.",
            ["Mẫn Thị Lan | Giảng viên chính Khoa Lý luận cơ sở"]
        },

        // Village heads of the Central Highlands and ethnic-minority surnames.
        {
            "Ông Điểu Khanh, Trưởng bon Bu Prăng cho biết bà con đã trồng thêm cà phê.",
            ["Điểu Khanh | Trưởng bon Bu Prăng"]
        },
        {
            "Đồng chí Chẻo Văn Lìn, Phó Bí thư Huyện ủy phát biểu.",
            ["Chẻo Văn Lìn | Phó Bí thư Huyện ủy"]
        },
        {
            "Dự lễ có bà Alăng Thị Mai, Phó Chủ tịch UBND huyện.",
            ["Alăng Thị Mai | Phó Chủ tịch UBND huyện"]
        },
        {
            "Dự lễ có bà Néang Sa Phi, Phó Chủ tịch UBND xã.",
            ["Néang Sa Phi | Phó Chủ tịch UBND xã"]
        },

        // A company's legal form keeps the capitalized name after it in the body; a lowercase body word after a body goes on.
        {
            "Bà Hà Thị Lan, Giám đốc Công ty cổ phần Sữa Mộc Châu, Bí thư Chi bộ công ty phát biểu.",
            ["Hà Thị Lan | Giám đốc Công ty cổ phần Sữa Mộc Châu ; Bí thư Chi bộ công ty"]
        },
        {
            "Ông Vương Đức Toàn, Phó Tổng Giám đốc Tổng công ty Lương thực Sông Hậu cho biết.",
            ["Vương Đức Toàn | Phó Tổng Giám đốc Tổng công ty Lương thực Sông Hậu"]
        },

        // An association whose name holds a lowercase word is read whole, up to its level.
        {
            "Bà Đỗ Thị Huệ, Chủ tịch Hội Chữ thập đỏ huyện trực tiếp tặng quà.",
            ["Đỗ Thị Huệ | Chủ tịch Hội Chữ thập đỏ huyện"]
        },
        {
            "Ông Lý Văn Đức, Chủ tịch Hội Người cao tuổi xã trực tiếp chúc thọ.",
            ["Lý Văn Đức | Chủ tịch Hội Người cao tuổi xã"]
        },
        {
            "Ông Kiều Văn Sơn, Phó Chủ tịch Hội Khuyến học tỉnh trực tiếp trao học bổng.",
            ["Kiều Văn Sơn | Phó Chủ tịch Hội Khuyến học tỉnh"]
        },

        // After "Name, Title" the words of a unit named after a place are the unit's, not a person written after a title.
        {
            "Trung tá Hồ Văn Khoa, Đồn trưởng Đồn Biên phòng A Lưới trao quà cho học sinh.",
            ["Hồ Văn Khoa | Trung tá ; Đồn trưởng Đồn Biên phòng A Lưới"]
        },
        {
            "Dự có ông Y Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã Lê Văn Tám; bà Hà Thu dự.",
            ["Y Bình | Bí thư Đảng ủy ; Chủ tịch HĐND xã Lê Văn Tám"]
        },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Reads_the_whole_organization_and_every_title_of_the_person(string text, string[] expected) =>
        Describe(text).Should().Equal(expected);

    [Fact]
    public void Prefers_the_title_written_in_ordinary_case_to_its_form_in_capitals()
    {
        const string text = "PHÓ CHỦ TỊCH NGUYỄN VĂN HÙNG THĂM XÃ BIÊN GIỚI\n\nSáng 5/3, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã thăm xã.";

        Stage.Process(ArticleDocument.FromText(text)).Officials.Single().Titles.Should().Equal("Phó Chủ tịch UBND tỉnh");
    }
}
