using Extractor.Documents;
using Extractor.Extraction.Officials;
using Extractor.Facts;

namespace Extractor.Core.Tests.Extraction.Officials;

/// <summary>Where a title ends and a name begins: institutions named after people, departments and their parent bodies,
/// committees and their occasions, names the surname list cannot hold.</summary>
public sealed class TitleBoundaryTests
{
    private static readonly OfficialStage Stage = new();

    private static IEnumerable<string> Describe(string text) =>
        Stage.Process(ArticleDocument.FromText(text)).Officials.Select(o => o.Name + " | " + string.Join(" ; ", o.Titles));

    public static TheoryData<string, string[]> Sentences => new()
    {
        // An institution named after a historical figure keeps the name; no invented official.
        {
            "Tới dự có TS Hoàng Minh Tâm, Phó Hiệu trưởng Trường Chính trị Trần Phú phát biểu chào mừng.",
            ["Hoàng Minh Tâm | Phó Hiệu trưởng Trường Chính trị Trần Phú"]
        },
        {
            "Cùng dự có bà Đinh Thị Mai, Hiệu trưởng Trường THPT Lê Quý Đôn cùng giáo viên nhà trường.",
            ["Đinh Thị Mai | Hiệu trưởng Trường THPT Lê Quý Đôn"]
        },

        // A comma after a department leads to the body it belongs to: one office.
        {
            "Ông Vũ Đức Thịnh - Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương trao quyết định.",
            ["Vũ Đức Thịnh | Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương"]
        },

        // A committee's occasion written in lowercase belongs to the office.
        {
            "Đồng chí Trịnh Văn Lực, Bí thư Huyện ủy làm Trưởng Ban Tổ chức cuộc thi.",
            ["Trịnh Văn Lực | Bí thư Huyện ủy ; Trưởng Ban Tổ chức cuộc thi"]
        },

        // Names the surname list cannot hold: apostrophe names, a one-letter ethnic opener right after a title.
        {
            "Chủ trì hội nghị có Phó Bí thư Tỉnh ủy K'Bình Ha Lâm.",
            ["K'Bình Ha Lâm | Phó Bí thư Tỉnh ủy"]
        },
        {
            "Dự buổi làm việc có Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy A Dũng.",
            ["A Dũng | Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"]
        },

        {
            "Ban Thường vụ trao Huy hiệu 50 năm tuổi Đảng cho đồng chí A Kheo, nguyên Phó Chủ tịch UBND tỉnh.",
            ["A Kheo | nguyên Phó Chủ tịch UBND tỉnh"]
        },

        // An abbreviation's letters in sentence case are an ordinary syllable ("Tư" in "Sở Tư pháp"), so the name after is found.
        {
            "Tham luận của đồng chí Bí thư Chi bộ Sở Tư pháp Quách Văn Lợi nêu nhiều kinh nghiệm.",
            ["Quách Văn Lợi | Bí thư Chi bộ Sở Tư pháp"]
        },

        // A standing that is no office, between the name and the offices, is skipped.
        {
            "Kết luận nêu trách nhiệm của ông Vũ Đình Khải, đảng viên, Trưởng phòng Kinh tế - Hạ tầng huyện.",
            ["Vũ Đình Khải | Trưởng phòng Kinh tế - Hạ tầng huyện"]
        },

        // A verb still ends a committee's name; a capitalized word and a verb are no compound.
        {
            "Bà Kiều Thị Nga, Trưởng Ban Chỉ đạo phòng chống thiên tai huyện phát biểu.",
            ["Kiều Thị Nga | Trưởng Ban Chỉ đạo phòng chống thiên tai huyện"]
        },
        {
            "Ông Đỗ Văn Tài, Giám đốc Công ty Minh Long phát triển thêm vùng nguyên liệu.",
            ["Đỗ Văn Tài | Giám đốc Công ty Minh Long"]
        },

        // A dash between the title and the name.
        {
            "Phát biểu chỉ đạo có Chủ tịch UBND tỉnh – Tạ Quang Vinh.",
            ["Tạ Quang Vinh | Chủ tịch UBND tỉnh"]
        },

        // The office someone is put forward to be elected to counts.
        {
            "Hội nghị giới thiệu đồng chí Mạc Văn Tùng, Tỉnh ủy viên để bầu giữ chức Chủ tịch Ủy ban MTTQ tỉnh.",
            ["Mạc Văn Tùng | Tỉnh ủy viên ; Chủ tịch Ủy ban MTTQ tỉnh"]
        },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Ends_each_title_where_the_office_ends_and_keeps_the_person(string text, string[] expected) =>
        Describe(text).Should().Equal(expected);

    [Theory]
    [InlineData("Sáng nay, Trường Chính trị Trần Phú khai giảng lớp bồi dưỡng.")]
    [InlineData("Đoàn đã đến thăm xã A Lưới và làm việc với lãnh đạo xã.")]
    [InlineData("Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã làm việc với huyện.")]
    public void Finds_no_official_where_no_person_is_named(string text) =>
        Describe(text).Should().BeEmpty();
}
