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

        // A steering committee's remit runs across its commas; the work charged to an official does not belong to the office.
        { "Tin nội chính\n\nĐồng chí Vũ Thành Trung, Phó Trưởng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực cho biết, vụ án đã xét xử xong.", "Vũ Thành Trung | Phó Trưởng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực" },
        { "Tin cơ sở\n\nĐồng chí Vàng Thị Mỷ, Phó Chủ tịch UBND huyện phụ trách công tác giảm nghèo tại xã Quảng Lâm.", "Vàng Thị Mỷ | Phó Chủ tịch UBND huyện" },

        // Bodies whose name holds a lowercase word or ends on the place they sit in.
        { "Tin giáo dục\n\nTại hội nghị, thầy Lý Hoàng Phúc, Hiệu trưởng Trường THPT chuyên Bạc Liêu chia sẻ, năm học qua nhà trường có nhiều giải.", "Lý Hoàng Phúc | Hiệu trưởng Trường THPT chuyên Bạc Liêu" },
        { "Tin y tế\n\nĐồng chí Đinh Thị Phượng, Chủ tịch Công đoàn ngành Y tế cho biết, trong năm có 64 viên chức được khen.", "Đinh Thị Phượng | Chủ tịch Công đoàn ngành Y tế" },
        { "Tin nông nghiệp\n\nBà Võ Thị Hồng Nhung, Giám đốc Hợp tác xã Dừa hữu cơ Mỏ Cày Nam cho biết, hợp tác xã có 112 thành viên.", "Võ Thị Hồng Nhung | Giám đốc Hợp tác xã Dừa hữu cơ Mỏ Cày Nam" },

        // A firm's own name after words of its trade; a xóm is a village level.
        { "Tin nông nghiệp\n\nÔng Nông Văn Vượng, Giám đốc Hợp tác xã chè Tân Cương Xanh cho biết, sản lượng chè tăng 12%.", "Nông Văn Vượng | Giám đốc Hợp tác xã chè Tân Cương Xanh" },
        { "Tin cơ sở\n\nÔng Hoàng Đình Chiến, Chi hội trưởng Chi hội CCB xóm Khuôn Lặng, đã hiến 200 m2 đất.", "Hoàng Đình Chiến | Chi hội trưởng Chi hội CCB xóm Khuôn Lặng" },

        // Names transliterated syllable by syllable, and a one-letter opener after an honorific.
        { "Tin đối ngoại\n\nTiếp đoàn có đồng chí Bun-thoong Xay-nha-vông, Phó Tỉnh trưởng tỉnh Hủa Phăn.", "Bun-thoong Xay-nha-vông | Phó Tỉnh trưởng tỉnh Hủa Phăn" },
        { "Tin dân tộc\n\nÔng A Thoang, Trưởng thôn Kon Pring (xã Đăk Tờ Re) đã vận động bà con hiến đất.", "A Thoang | Trưởng thôn Kon Pring" },

        // One appointment after another.
        { "Tin nhân sự\n\nĐồng chí Lương Thị Thúy được chỉ định giữ chức Phó Bí thư Đảng ủy xã Hồng Minh và được bầu giữ chức Chủ tịch UBND xã Hồng Minh.", "Lương Thị Thúy | Phó Bí thư Đảng ủy xã Hồng Minh ; Chủ tịch UBND xã Hồng Minh" },

        // An office after a list's dash is every listed person's; after "và" a name is the next person's.
        { "Tin hội nghị\n\nDự có các đồng chí: Võ Thanh Hùng, Lê Thị Kim Oanh, Trương Công Bảo – Phó Chủ tịch UBND tỉnh.", "Lê Thị Kim Oanh | Phó Chủ tịch UBND tỉnh" },
        { "Tin hội nghị\n\nĐồng chí Đoàn Ngọc Sơn, Chủ tịch UBND huyện Bình Sơn và Bùi Quang Thạnh, Giám đốc Sở Tài chính đã phân tích nguyên nhân.", "Bùi Quang Thạnh | Giám đốc Sở Tài chính" },
        { "Tin hội nghị\n\nĐồng chí Đoàn Ngọc Sơn, Chủ tịch UBND huyện Bình Sơn và Bùi Quang Thạnh, Giám đốc Sở Tài chính đã phân tích nguyên nhân.", "Đoàn Ngọc Sơn | Chủ tịch UBND huyện Bình Sơn" },

        // A member's branch after the standing; appointment words across a comma and "bầu bổ sung".
        { "Tin kiểm tra\n\nĐồng chí Trần Quốc Việt, đảng viên Chi bộ Phòng Tài nguyên và Môi trường, Phó Trưởng phòng Tài nguyên và Môi trường huyện Lương Tài bị khiển trách.", "Trần Quốc Việt | Phó Trưởng phòng Tài nguyên và Môi trường huyện Lương Tài" },
        { "Tin kỳ họp\n\nHĐND tỉnh miễn nhiệm ông Đặng Văn Quang, Phó Chủ tịch UBND tỉnh, do được Ban Thường vụ Tỉnh ủy điều động, phân công giữ chức Phó Trưởng Ban Nội chính Tỉnh ủy.", "Đặng Văn Quang | Phó Chủ tịch UBND tỉnh ; Phó Trưởng Ban Nội chính Tỉnh ủy" },
        { "Tin kỳ họp\n\nBà Trịnh Thị Mai Phương, Phó Giám đốc phụ trách Sở Y tế, được bầu bổ sung làm Ủy viên UBND tỉnh.", "Trịnh Thị Mai Phương | Phó Giám đốc phụ trách Sở Y tế ; Ủy viên UBND tỉnh" },

        // "đăng ký" inside a body's name; a qualifier of a firm's head.
        { "Tin kiểm tra\n\nÔng Vũ Đình Hưng, nguyên Phó Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Lương Tài, bị khai trừ.", "Vũ Đình Hưng | nguyên Phó Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Lương Tài" },

        // An abbreviation joined by an ampersand; a re-election restating the office it opens with is one office.
        { "Tin giáo dục\n\nPhó Chủ tịch UBND tỉnh Bùi Thanh Hoài và Giám đốc Sở GD&ĐT Hoàng Nghĩa Lộc đồng chủ trì hội nghị.", "Hoàng Nghĩa Lộc | Giám đốc Sở GD&ĐT" },
        { "Tin đại hội\n\nĐồng chí Phạm Thị Lan, Chủ tịch Hội Nông dân huyện khóa XI, được bầu tái cử Chủ tịch Hội Nông dân huyện với 100% số phiếu.", "Phạm Thị Lan | Chủ tịch Hội Nông dân huyện khóa XI" },

        // A police department whose name runs through "về".
        { "Tin pháp luật\n\nThiếu tá Lô Văn Tuấn, Đội trưởng Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Kỳ Sơn cho biết, đơn vị đã bắt 12 đối tượng.", "Lô Văn Tuấn | Thiếu tá ; Đội trưởng Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Kỳ Sơn" },

        // Offices of army units, firms' councils and institutes with a last field after "và"; a Chăm family name.
        { "Tin biên phòng\n\nThiếu tá Sùng A Chứ, Chính trị viên phó Đồn Biên phòng Cửa khẩu quốc tế Lào Cai, cho biết đơn vị đã đỡ đầu 12 học sinh.", "Sùng A Chứ | Thiếu tá ; Chính trị viên phó Đồn Biên phòng Cửa khẩu quốc tế Lào Cai" },
        { "Tin doanh nghiệp\n\nÔng Nguyễn Văn Lực, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Công ty trình bày báo cáo.", "Nguyễn Văn Lực | Bí thư Đảng ủy ; Chủ tịch Hội đồng thành viên Công ty" },
        { "Tin đại hội\n\nĐồng chí Trương Văn Hiếu, Bí thư Chi bộ Viện Công nghệ sinh học và Thực phẩm, trình bày tham luận.", "Trương Văn Hiếu | Bí thư Chi bộ Viện Công nghệ sinh học và Thực phẩm" },
        { "Tin lễ hội\n\nDự lễ hội có đồng chí Thập Văn Sanh, Phó Chủ tịch UBND tỉnh.", "Thập Văn Sanh | Phó Chủ tịch UBND tỉnh" },

        // K'Ho family names.
        { "Tin đại hội\n\nĐại hội bầu bà Liêng Jrang K’Thương, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Lạc Dương.", "Liêng Jrang K’Thương | Phó Bí thư Đảng ủy ; Chủ tịch UBND xã Lạc Dương" },

        // An appointment past an aside that closes the offices held.
        { "Tin đại hội\n\nĐồng chí Cil Ha Điểu, Phó Bí thư Thường trực Huyện ủy Lạc Dương (cũ), được bầu giữ chức Bí thư Đảng ủy xã.", "Cil Ha Điểu | Phó Bí thư Thường trực Huyện ủy Lạc Dương ; Bí thư Đảng ủy xã" },

        // A bare office named first gives way to the form naming its body; a national programme's steering committee.
        { "Tin cơ sở\n\nHơn mười năm làm Trưởng xóm, ông Nông Văn Thạch, Bí thư Chi bộ kiêm Trưởng xóm Nà Lủng, xã Quảng Uyên luôn đi đầu.", "Nông Văn Thạch | Trưởng xóm Nà Lủng ; Bí thư Chi bộ" },
        { "Tin hội nghị\n\nĐồng chí Phạm Đức Thuận, Phó Trưởng ban Thường trực Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện, báo cáo kết quả.", "Phạm Đức Thuận | Phó Trưởng ban Thường trực Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện" },

        // A body's abbreviation in brackets before its level stays in the title.
        { "Tin y tế\n\nBà Lê Thị Thu Sương, Phó Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh cho biết, tỷ lệ tiêm đạt 95%.", "Lê Thị Thu Sương | Phó Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh" },

        // A caption written after the photo label is the article's, with its officials.
        { "Tin hội nghị\n\nSáng 5/8, Đảng ủy phường tổ chức hội nghị.\nẢnh: Đồng chí Trương Công Định, Bí thư Đảng ủy phường Hải Châu, phát biểu tại hội nghị.\nHội nghị đã thông qua nghị quyết.", "Trương Công Định | Bí thư Đảng ủy phường Hải Châu" },

        // Two offices of one mention stay two even when one's words lie inside the other's.
        { "Tin quân sự\n\nĐồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh dự và phát lệnh ra quân.", "Lâm Văn Mẫn | Bí thư Tỉnh ủy ; Bí thư Đảng ủy Quân sự tỉnh" },
        { "Tin nhân sự\n\nĐồng chí Nguyễn Đức Toản, Trưởng Ban Tuyên giáo Thành ủy được điều động, chỉ định giữ chức Trưởng Ban Tuyên giáo và Dân vận Thành ủy.", "Nguyễn Đức Toản | Trưởng Ban Tuyên giáo Thành ủy ; Trưởng Ban Tuyên giáo và Dân vận Thành ủy" },
        { "Tin đại hội\n\nBà Điểu Thị Mai, Chủ tịch Hội LHPN tỉnh tái đắc cử Chủ tịch với 99,2% số phiếu.", "Điểu Thị Mai | Chủ tịch Hội LHPN tỉnh" },
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
