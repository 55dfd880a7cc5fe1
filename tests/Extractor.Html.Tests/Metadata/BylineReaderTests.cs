using Extractor.Html.Content;
using Extractor.Html.Metadata;

namespace Extractor.Html.Tests.Metadata;

public class BylineReaderTests
{
    [Theory]
    [InlineData("Tin, ảnh: HẠNH CHÂU", false, new[] { "HẠNH CHÂU" })]
    [InlineData("Theo Báo Quảng Ninh", false, new[] { "Báo Quảng Ninh" })]
    [InlineData("(Theo TTXVN)", false, new[] { "TTXVN" })]
    [InlineData("MINH KHÔI", true, new[] { "MINH KHÔI" })]
    [InlineData("Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng", true, new[] { "Đỗ Thuần" })]
    [InlineData("Bài, ảnh: Thu Hà, Minh Anh", false, new[] { "Thu Hà", "Minh Anh" })]
    [InlineData("Hữu Phước - Kim Oanh", true, new[] { "Hữu Phước", "Kim Oanh" })]
    [InlineData("Tin, ảnh: Thu Hà - Quốc Bảo", false, new[] { "Thu Hà", "Quốc Bảo" })]
    [InlineData("Minh Anh - TTXVN", true, new[] { "Minh Anh" })]
    [InlineData("Lan Hương - Báo Tân Lập", true, new[] { "Lan Hương" })]
    [InlineData("Viết bởi Thanh Tâm", false, new[] { "Thanh Tâm" })]
    [InlineData("Written by Nông Thị Hạnh", false, new[] { "Nông Thị Hạnh" })]
    [InlineData("Được viết bởi Administrator", false, new string[0])]
    [InlineData("Tin, ảnh: PV Hoàng Lan, KTV Văn Thịnh", false, new[] { "Hoàng Lan", "Văn Thịnh" })]
    [InlineData("Nhóm PV Chính trị", true, new[] { "Nhóm PV Chính trị" })]
    [InlineData("Nhóm PV", true, new[] { "Nhóm PV" })]
    [InlineData("Nhóm PV: Lan Anh, Minh Đức", false, new[] { "Lan Anh", "Minh Đức" })]
    [InlineData("Quang Huy - Thùy Dung/Thường trú Đông Bắc", true, new[] { "Quang Huy", "Thùy Dung" })]
    [InlineData("Quang Huy/VOV1 - Thùy Dung", true, new[] { "Quang Huy", "Thùy Dung" })]
    [InlineData("Bài: Thùy Dung/Thường trú Đông Bắc", false, new[] { "Thùy Dung" })]
    [InlineData("MINH KHÔI", false, new string[0])]
    [InlineData("Ảnh: Công Luận", true, new string[0])]
    [InlineData("theo đó, hội nghị đã thống nhất", true, new string[0])]
    [InlineData("Hội nghị đã bầu 15 đồng chí vào Ban Chấp hành.", true, new string[0])]
    public void Reads_the_names_a_byline_gives(string line, bool bareNameAllowed, string[] expected)
    {
        BylineReader.Read(line, PageHints.Default, bareNameAllowed).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Thượng tá NGUYỄN VĂN HÙNG", true, new[] { "NGUYỄN VĂN HÙNG" })]
    [InlineData("Bài và ảnh: Đại úy LÊ MINH ĐỨC - Trung úy PHẠM HẢI", false, new[] { "LÊ MINH ĐỨC", "PHẠM HẢI" })]
    [InlineData("Tin, ảnh: Thiếu tá Trần Văn Lợi", false, new[] { "Trần Văn Lợi" })]
    public void Drops_the_military_rank_printed_before_a_writers_name(string line, bool bareNameAllowed, string[] expected)
    {
        BylineReader.Read(line, PageHints.Default, bareNameAllowed).Should().Equal(expected);
    }

    [Theory]
    [InlineData("PGS, TS. Lê Quang Huy - Học viện Văn hóa", true, new[] { "Lê Quang Huy" })]
    [InlineData("ThS. Đoàn Thị Mỹ Linh - Trường Chính trị tỉnh", true, new[] { "Đoàn Thị Mỹ Linh" })]
    [InlineData("Bài: GS.TS Nguyễn Văn An, BS. CKII Trần Thị Mai", false, new[] { "Nguyễn Văn An", "Trần Thị Mai" })]
    [InlineData("TS NGUYỄN HỮU PHÚC", true, new[] { "NGUYỄN HỮU PHÚC" })]
    public void Drops_the_academic_title_printed_before_a_writers_name(string line, bool bareNameAllowed, string[] expected)
    {
        BylineReader.Read(line, PageHints.Default, bareNameAllowed).Should().Equal(expected);
    }
}
