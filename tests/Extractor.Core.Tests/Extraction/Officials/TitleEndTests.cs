using Extractor.Extraction.Officials;
using Extractor.Extraction.Structure;
using Extractor.Facts;
using Extractor.Pipeline;

namespace Extractor.Core.Tests.Extraction.Officials;

/// <summary>Military units named by number, committees serving an occasion, verbs ending a title in capitals, Lao officials, re-election cues.</summary>
public sealed class TitleEndTests
{
    private static IReadOnlyList<Official> Run(string text) => StructuredText.Process(text, new OfficialStage()).Officials;

    private static string Describe(Official o) => o.Name + " | " + string.Join(" ; ", o.Titles);

    public static TheoryData<string, string> Sentences => new()
    {
        // A military unit's number belongs to its name even when the verb follows without a comma.
        { "Tin quân sự\n\nThay mặt đơn vị, Trung tá Hoàng Văn Tiến, Chính ủy Lữ đoàn 215 hứa rèn luyện chiến sĩ mới.", "Hoàng Văn Tiến | Trung tá ; Chính ủy Lữ đoàn 215" },
        { "Tin quân sự\n\nĐại tá Phùng Minh Quý, Sư đoàn trưởng Sư đoàn 312 phát biểu tại lễ.", "Phùng Minh Quý | Đại tá ; Sư đoàn trưởng Sư đoàn 312" },

        // A subcommittee's office runs on to the occasion it serves.
        { "Tin đại hội\n\nĐồng chí Trịnh Văn Lợi, Trưởng Tiểu ban Tổ chức phục vụ Đại hội cho biết công tác chuẩn bị đã xong.", "Trịnh Văn Lợi | Trưởng Tiểu ban Tổ chức phục vụ Đại hội" },

        // In a caption in capitals the verb after the title ends it.
        { "Tin cơ sở\n\nĐỒNG CHÍ LÊ THỊ MẬN, CHỦ TỊCH HỘI NÔNG DÂN XÃ AN PHÚ TRAO QUÀ CHO 5 HỘ NGHÈO.", "Lê Thị Mận | CHỦ TỊCH HỘI NÔNG DÂN XÃ AN PHÚ" },

        // Lao officials: a Lao province's governor and romanised Lao names.
        { "Tin đối ngoại\n\nTiếp đoàn có đồng chí Bounmy Phommachanh, Phó Tỉnh trưởng tỉnh Hủa Phăn.", "Bounmy Phommachanh | Phó Tỉnh trưởng tỉnh Hủa Phăn" },

        // A Khmer visitor whose family name is three letters, after an honorific.
        { "Tin đối ngoại\n\nĐoàn do ông Sok Vannara, Phó Tỉnh trưởng tỉnh Kampot làm trưởng đoàn.", "Sok Vannara | Phó Tỉnh trưởng tỉnh Kampot" },

        // Re-elected to an office through a longer run of cue words.
        { "Tin đại hội\n\nĐồng chí Đỗ Văn Hưng tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã.", "Đỗ Văn Hưng | Bí thư Đảng ủy xã" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Reads_the_whole_title_and_the_person(string text, string expected) =>
        Run(text).Select(Describe).Should().Contain(expected);

    [Theory]
    [InlineData("Tin đối ngoại\n\nĐoàn công tác đã đến New York, Phó Chủ tịch UBND tỉnh cho biết.")]
    [InlineData("Tin đối ngoại\n\nTại Sok Vannara, Phó Chủ tịch UBND tỉnh thăm hỏi bà con.")]
    public void A_short_foreign_word_opens_no_name_without_an_honorific(string text) =>
        Run(text).Should().BeEmpty();
}
