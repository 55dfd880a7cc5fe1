using Extractor.Documents;
using Extractor.Extraction.Structure;
using Extractor.Pipeline;

namespace Extractor.Core.Tests.Extraction.Structure;

public sealed class PageStructureTests
{
    private static ArticleDocument Run(string text)
    {
        return StructuredText.Process(text);
    }

    private const string Lead = "Sáng 3-5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2024.";

    [Theory]
    [InlineData("10:15, 03/05/2024\n\nHuyện ủy Tân Lập sơ kết quý I\n\n" + Lead, "2024-05-03T10:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nCập nhật lúc 16:20, Thứ Sáu, 03/05/2024 (GMT+7)\n\n" + Lead, "2024-05-03T16:20:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n03/05/2024 04:20 CH\n\n" + Lead, "2024-05-03T16:20:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\nMinh Khôi 09:30, 03/05/2024\n\n" + Lead, "2024-05-03T09:30:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\nĐăng ngày 03/05/2024\n\n" + Lead, "2024-05-03")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nTHỨ SÁU, 03/05/2024 09:30:15\n\n" + Lead, "2024-05-03T09:30:15+07:00")]
    [InlineData(" date 2024-05-03 Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead, "2024-05-03")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\nLê Minh\n03-05-2024\n\n" + Lead, "2024-05-03")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nChủ nhật, 05/05/2024, 18:05 [GMT+7]\n\n" + Lead, "2024-05-05T18:05:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nThứ Sáu, 03/05/2024 - 08:15\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n03/05/2024 | 08:15\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nNgày đăng: 03/05/2024\n\n" + Lead, "2024-05-03")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nCập nhật: 08:15 | 03/05/2024\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nĐăng lúc 08:15 03/05/2024\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nNgày xuất bản: 03/05/2024 08:15\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n[03/05/2024 08:15]\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n(03/05/2024 08:15)\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\nMay 3, 2024 | 08:15\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Ban Tuyên giáo Huyện ủy Mường Tè - 03/05/2024\nHuyện ủy Tân Lập sơ kết quý I\n\n" + Lead, "2024-05-03")]
    public void Reads_the_dateline_the_page_prints(string text, string expected)
    {
        Run(text).Published!.Value.ToIsoString().Should().Be(expected);
    }

    [Theory]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead)]
    [InlineData("Ngày 03/05/2024, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I.")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\nSáng nay (3/5), Huyện ủy Tân Lập tổ chức hội nghị sơ kết.")]
    [InlineData("Tổng kết giai đoạn 2020 – 2024\n\n" + Lead)]
    public void Invents_no_dateline_when_the_text_prints_none(string text)
    {
        Run(text).Dateline.Should().BeNull();
    }

    [Theory]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nMINH KHÔI", new[] { "MINH KHÔI" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nT.LĨNH - V.ANH", new[] { "T.LĨNH", "V.ANH" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nTin, ảnh: HỒNG NHUNG", new[] { "HỒNG NHUNG" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nN.Mai", new[] { "N.Mai" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\nLAN ANH |\n\n" + Lead + "\n\nLAN ANH", new[] { "LAN ANH" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nLê Hòa – Bí thư Chi bộ Văn phòng", new[] { "Lê Hòa" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nMinh Khôi\n\nLượt xem: 12\nLiên kết website", new[] { "Minh Khôi" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nHằng Vân\n\n(Đảng ủy Khối CCQ tỉnh)", new[] { "Hằng Vân" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nNgười viết: Lan Hương", new[] { "Lan Hương" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nLan Hương (Báo Sơn La)", new[] { "Lan Hương" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nMINH KHÔI - LAN ANH (TTXVN)", new[] { "MINH KHÔI", "LAN ANH" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nH'Yơn", new[] { "H'Yơn" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nK’Bình", new[] { "K’Bình" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nBài, ảnh: Lê Hòa", new[] { "Lê Hòa" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nTin: Lê Hòa - Ảnh: Minh Khôi", new[] { "Lê Hòa" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nTin: Lê Hòa, ảnh: Minh Khôi", new[] { "Lê Hòa" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nNhóm PV", new[] { "Nhóm PV" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nPV", new[] { "PV" })]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nBài: Lê Hòa; ảnh: Minh Khôi", new[] { "Lê Hòa" })]
    public void Reads_bylines_at_the_start_or_end_as_written(string text, string[] expected)
    {
        Run(text).Authors.Select(a => a.Name).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nQuang cảnh hội nghị. Ảnh: Minh Khôi")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nCác tin khác\n\nTÀI LIỆU")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nBanner")]
    [InlineData(Lead)]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nTheo TTXVN")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nTheo Báo Sơn La")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nNguồn: baosonla.vn")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead + "\n\nẢnh: Lê Hòa - Minh Khôi")]
    public void Takes_no_photo_credit_or_page_chrome_for_an_author(string text)
    {
        Run(text).Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead, "Huyện ủy Tân Lập sơ kết quý I")]
    [InlineData("09:30, 03/05/2024\n\nHuyện ủy Tân Lập sơ kết quý I\n\n" + Lead, "Huyện ủy Tân Lập sơ kết quý I")]
    [InlineData("Banner\n\n(TTV) Huyện ủy Tân Lập sơ kết quý I\n\n" + Lead, "Huyện ủy Tân Lập sơ kết quý I")]
    [InlineData("Huyện ủy Tân Lập sơ kết quý I In trang\n03/05/2024 04:20 CH\n\n" + Lead, "Huyện ủy Tân Lập sơ kết quý I")]
    [InlineData("Huyện ủy Tân Lập:\nSơ kết công tác quý I\n\n" + Lead, "Sơ kết công tác quý I")]
    [InlineData("Thứ sáu, 03/05/2024\nHoạt động cơ sở\n\nSơ kết công tác quý I\n\n" + Lead, "Sơ kết công tác quý I")]
    [InlineData("Skip to main content\n\nSơ kết công tác quý I\n\n" + Lead, "Sơ kết công tác quý I")]
    [InlineData("Sơ kết công tác quý I\nĐồng chí Lê Văn An, Bí thư Huyện ủy phát biểu\n\n" + Lead, "Sơ kết công tác quý I")]
    [InlineData(" date 2024-05-03 Video Báo Ảnh Báo in Podcast\n\nSơ kết công tác quý I\n\nMINH KHÔI\n" + Lead, "Sơ kết công tác quý I")]
    [InlineData("ĐỒNG CHÍ LÊ VĂN AN DỰ SƠ KẾT CÔNG TÁC QUÝ I\nThứ Sáu, 03/05/2024\n\n" + Lead, "ĐỒNG CHÍ LÊ VĂN AN DỰ SƠ KẾT CÔNG TÁC QUÝ I")]
    [InlineData("HUYỆN ỦY TÂN LẬP SƠ KẾT CÔNG TÁC QUÝ I\n\n" + Lead, "HUYỆN ỦY TÂN LẬP SƠ KẾT CÔNG TÁC QUÝ I")]
    [InlineData("Sơ kết công tác quý I\nChủ nhật, 05/05/2024, 18:05 [GMT+7]\n\n" + Lead, "Sơ kết công tác quý I")]
    [InlineData("Sơ kết công tác quý I\nTheo TTXVN\n\n" + Lead, "Sơ kết công tác quý I")]
    [InlineData("Sơ kết công tác quý I\nLan Hương (Báo Sơn La)\n\n" + Lead, "Sơ kết công tác quý I")]
    public void Finds_the_headline_without_tags_chrome_or_kicker(string text, string expected)
    {
        var document = Run(text);

        document.Title.Should().Be(expected);
        document.TitleSpan!.Value.Of(document.Text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Hội Nông dân tỉnh Sơn La\nThứ Sáu, 03/05/2024 - 08:15\nNông dân Mường La thi đua sản xuất giỏi\n\n" + Lead, "Nông dân Mường La thi đua sản xuất giỏi")]
    [InlineData("BÁO CÔNG AN NGHỆ AN\nTrang chủ / Thời sự\n08:15 | 03/05/2024\nCông an huyện ra quân bảo đảm trật tự giao thông\n\n" + Lead, "Công an huyện ra quân bảo đảm trật tự giao thông")]
    [InlineData("TRUNG TÂM VĂN HÓA, THỂ THAO HUYỆN MƯỜNG TÈ\nTruyền hình Mường Tè\nChủ nhật, 05/05/2024 - 19:05\nSôi nổi hội thi kéo co giữa các bản\n\n" + Lead, "Sôi nổi hội thi kéo co giữa các bản")]
    [InlineData("Sở Tài nguyên và Môi trường tỉnh Lào Cai\n03/05/2024\nRà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất\n\n" + Lead, "Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất")]
    [InlineData("Ban Tuyên giáo Huyện ủy Mường Tè - 03/05/2024\nHọc tập chuyên đề năm 2024\n\n" + Lead, "Học tập chuyên đề năm 2024")]
    [InlineData("Nông dân Mường La thi đua sản xuất giỏi\nHội Nông dân tỉnh Sơn La\n03/05/2024\n\n" + Lead, "Nông dân Mường La thi đua sản xuất giỏi")]
    [InlineData("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH NAM ĐỊNH\n\nBAN CHẤP HÀNH ĐẢNG BỘ KHỐI HỌP PHIÊN THƯỜNG KỲ THÁNG 5\n\nThứ Sáu, 03/05/2024\n\n" + Lead, "BAN CHẤP HÀNH ĐẢNG BỘ KHỐI HỌP PHIÊN THƯỜNG KỲ THÁNG 5")]
    [InlineData("Ban Thường vụ Tỉnh ủy làm việc tại huyện Mường La\n03/05/2024\nTin tức\n\n" + Lead, "Ban Thường vụ Tỉnh ủy làm việc tại huyện Mường La")]
    [InlineData("Hội Nông dân tỉnh Sơn La\nThứ Sáu, 03/05/2024 - 08:15\n\n" + Lead, "Hội Nông dân tỉnh Sơn La")]
    [InlineData("BÁO SƠN LA\nQuốc phòng - An ninh\nThứ Sáu, 03/05/2024 - 08:15\nCông an huyện ra quân bảo đảm trật tự giao thông\n\n" + Lead, "Công an huyện ra quân bảo đảm trật tự giao thông")]
    [InlineData("Công an huyện ra quân bảo đảm trật tự giao thông\nBÁO SƠN LA\nPháp luật | Nội chính | Phòng chống tham nhũng\n03/05/2024 08:15\nCông an huyện ra quân bảo đảm trật tự giao thông\n\n" + Lead, "Công an huyện ra quân bảo đảm trật tự giao thông")]
    [InlineData("Học sinh Tân Lập đạt 99% tốt nghiệp\ntanlap.dcs.vn\nGiáo dục\n03/05/2024 | 08:15 GMT+7\nHọc sinh Tân Lập đạt 99% tốt nghiệp\n\n" + Lead, "Học sinh Tân Lập đạt 99% tốt nghiệp")]
    [InlineData("BÁO QUẢNG TRỊ\nTin tức - Sự kiện › Hoạt động HĐND\n03/05/2024 08:15\nHĐND tỉnh thông qua 26 nghị quyết\n\n" + Lead, "HĐND tỉnh thông qua 26 nghị quyết")]
    [InlineData("BÁO NGHỆ AN\nThời sự › Đối ngoại\n03/05/2024 08:15\nThanh Hóa và Hủa Phăn thúc đẩy hợp tác\n\n" + Lead, "Thanh Hóa và Hủa Phăn thúc đẩy hợp tác")]
    [InlineData("Báo Yên Bái điện tử\nThời sự | Khắc phục hậu quả bão số 3\n03/05/2024 08:15\nYên Bái tiếp nhận hơn 18,6 tỷ đồng ủng hộ đồng bào vùng lũ\n\n" + Lead, "Yên Bái tiếp nhận hơn 18,6 tỷ đồng ủng hộ đồng bào vùng lũ")]
    [InlineData("Đồng Tháp: Tăng trưởng kinh tế năm 2024 ước đạt 6,8%\nĐỒNG THÁP ONLINE\nThời sự > Kinh tế\nThứ Sáu 22/11/2024 14:05\n\n" + Lead, "Đồng Tháp: Tăng trưởng kinh tế năm 2024 ước đạt 6,8%")]
    [InlineData("ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN\nTrang chủ | Tin tức - Sự kiện | Xây dựng Đảng\nTin hoạt động\nThứ Ba, 02/09/2025, 07:30 (GMT+7)\nLãnh đạo tỉnh dâng hoa tại Kim Liên\n\n" + Lead, "Lãnh đạo tỉnh dâng hoa tại Kim Liên")]
    [InlineData("BÁO THÀNH PHỐ HỒ CHÍ MINH\nChính quyền đô thị\n2/10/2025 4:45 PM\nPhường giải quyết gần 22.000 hồ sơ\nBài: Thanh Tùng / Ảnh: Ngọc Hân\n\n" + Lead, "Phường giải quyết gần 22.000 hồ sơ")]
    [InlineData("QUÂN ĐỘI NHÂN DÂN ĐIỆN TỬ\nQuốc phòng - An ninh | Dân vận\nThứ Năm, 13/11/2025 - 18:25\nQUÂN KHU 9 BÀN GIAO 120 CĂN NHÀ ĐỒNG ĐỘI\n\n" + Lead, "QUÂN KHU 9 BÀN GIAO 120 CĂN NHÀ ĐỒNG ĐỘI")]
    [InlineData("Báo Quảng Bình\nXã hội - Nhân đạo\nThứ Sáu, 17/01/2025\nHội Chữ thập đỏ tỉnh trao hơn 4.300 suất quà Tết\n\n" + Lead, "Hội Chữ thập đỏ tỉnh trao hơn 4.300 suất quà Tết")]
    [InlineData("Đảng Cộng sản Việt Nam - Báo điện tử\n03/05/2024 08:15\nĐiện Biên hoàn thành xóa nhà tạm\n\n" + Lead, "Điện Biên hoàn thành xóa nhà tạm")]
    [InlineData("BÁO KON TUM\nDân tộc - Tôn giáo\n03/05/2024 08:15\nBiểu dương 120 người có uy tín\n\n" + Lead, "Biểu dương 120 người có uy tín")]
    public void Takes_the_headline_rather_than_the_sites_name_around_the_dateline(string text, string expected)
    {
        var document = Run(text);

        document.Title.Should().Be(expected);
        document.TitleSpan!.Value.Of(document.Text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Hội Nông dân tỉnh Sơn La", true)]
    [InlineData("Sở Tài nguyên và Môi trường tỉnh Lào Cai", true)]
    [InlineData("Truyền hình Mường Tè", true)]
    [InlineData("BÁO CÔNG AN NGHỆ AN", true)]
    [InlineData("VIỆN KIỂM SÁT NHÂN DÂN TỈNH SƠN LA", true)]
    [InlineData("BỘ ĐỘI BIÊN PHÒNG TỈNH LÀO CAI", true)]
    [InlineData("Cổng thông tin điện tử huyện Mường La", true)]
    [InlineData("Báo Sơn La điện tử", true)]
    [InlineData("Báo Hà Giang | Kinh tế - Xã hội", true)]
    [InlineData("Ban Thường vụ Tỉnh ủy làm việc tại huyện Mường La", false)]
    [InlineData("Báo Sơn La | Nông dân thu 300 tỷ đồng", false)]
    [InlineData("Hội Nông dân tỉnh trao quà cho hội viên Mường La", false)]
    [InlineData("Công an tỉnh sơ kết công tác 6 tháng", false)]
    [InlineData("Nông dân Mường La thi đua sản xuất giỏi", false)]
    [InlineData("Ban Tuyên giáo Tỉnh ủy", false)]
    public void Tells_a_sites_or_bodys_name_from_a_headline(string line, bool expected)
    {
        PageLayout.IsSiteName(line).Should().Be(expected);
    }

    [Theory]
    [InlineData(Lead)]
    [InlineData("Chiều ngày 3/5, Chi bộ Văn phòng đã tổ chức Lễ kết nạp đảng viên mới cho 2 quần chúng ưu tú.")]
    public void Gives_no_headline_when_the_capture_starts_inside_the_article(string text)
    {
        Run(text).Title.Should().BeNull();
    }

    [Theory]
    [InlineData("Lượt xem: 26")]
    [InlineData("Liên kết website")]
    [InlineData("Thống kê truy cập")]
    [InlineData("Đang online: 7")]
    [InlineData("Ảnh: Minh Khôi")]
    [InlineData("Các đại biểu dự hội nghị.")]
    public void Marks_page_furniture_so_no_fact_comes_from_it(string furniture)
    {
        var text = "Sơ kết công tác quý I\n\n" + Lead + "\n\nCác đại biểu dự hội nghị.\nCác đại biểu dự hội nghị.\n\nMinh Khôi\n\nẢnh: Minh Khôi\nLượt xem: 26\nLiên kết website\n\nThống kê truy cập\n  • Đang online: 7";
        var document = Run(text);
        var at = text.LastIndexOf(furniture, StringComparison.Ordinal);

        document.IsFurniture(TextSpan.FromLength(at, furniture.Length)).Should().BeTrue();
        document.IsFurniture(TextSpan.FromLength(text.IndexOf("hội nghị sơ kết", StringComparison.Ordinal), 8)).Should().BeFalse();
    }

    [Theory]
    [InlineData("Sơ kết công tác quý I\nTrang chủ > Hoạt động > Tin cơ sở\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\nTrang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\nHome » Xây dựng Đảng\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\nTin tức › Xây dựng Đảng › Hoạt động cơ sở\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\nCỡ chữ: A- | A+    In    Chia sẻ\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\nCỡ chữ A- A+ | Bản in | Gửi email\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\n◄ Quay lại | In | Lưu bài viết\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\nNgày đăng: 03/05/2024 | Lượt xem: 63\n\n" + Lead)]
    [InlineData("Sơ kết công tác quý I\nLÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH\n\n" + Lead)]
    public void Never_takes_a_breadcrumb_toolbar_or_stamp_with_a_counter_for_the_headline(string text)
    {
        var document = Run(text);

        document.Title.Should().Be("Sơ kết công tác quý I");
        var furnitureLine = text.Split('\n')[1];
        document.IsFurniture(TextSpan.FromLength(text.IndexOf(furnitureLine, StringComparison.Ordinal), furnitureLine.Length)).Should().BeTrue();
    }

    [Theory]
    [InlineData("Trang chủ mới của thành phố Vinh\n\n" + Lead, "Trang chủ mới của thành phố Vinh")]
    [InlineData("In ấn tài liệu học tập Nghị quyết\n\n" + Lead, "In ấn tài liệu học tập Nghị quyết")]
    [InlineData("Tăng trưởng > 7% trong quý I\n\n" + Lead, "Tăng trưởng > 7% trong quý I")]
    public void Keeps_a_headline_that_merely_starts_like_page_tools(string text, string expected)
    {
        Run(text).Title.Should().Be(expected);
    }

    [Theory]
    [InlineData("Sơ kết công tác quý I\nNgày đăng: 03/05/2024 | Lượt xem: 63\n\n" + Lead, "2024-05-03")]
    [InlineData("Sơ kết công tác quý I\n03/05/2024 08:15 | Lượt truy cập: 1.204 | In\n\n" + Lead, "2024-05-03T08:15:00+07:00")]
    [InlineData("Sơ kết công tác quý I\n\n" + Lead + "\n\nMINH KHÔI\n(Cập nhật lúc 10 giờ 21 phút, ngày 07/05/2024)\nTrở về | Đầu trang | In", "2024-05-07T10:21:00+07:00")]
    public void Reads_the_stamp_when_a_counter_or_tools_share_its_line_or_it_closes_the_page_in_words(string text, string expected)
    {
        Run(text).Published!.Value.ToIsoString().Should().Be(expected);
    }

    [Theory]
    [InlineData("Sơ kết công tác quý I\n\n" + Lead + "\n\nTrong quý, huyện tiếp nhận 1.268 hồ sơ | lượt xem 12.")]
    [InlineData("Sơ kết công tác quý I\n\n" + Lead + "\n\nHội nghị lần sau sẽ họp vào ngày 28/5.\nTrở về | Đầu trang | In")]
    public void Invents_no_stamp_from_a_date_near_page_tools(string text)
    {
        Run(text).Dateline.Should().BeNull();
    }

    [Theory]
    [InlineData("Sơ kết công tác quý I\n\n" + Lead + "\n\nTác giả bài viết: Cầm Thư\nSố lần đọc: 402", new[] { "Cầm Thư" })]
    [InlineData("Sơ kết công tác quý I\nNgày đăng 03/05/2024 08:05\nSƠN LA - CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH\n\n" + Lead + "\n\nLAN ANH", new[] { "LAN ANH" })]
    [InlineData("Sơ kết công tác quý I\n\n" + Lead + "\n\nHồng Vân – Văn phòng Đoàn ĐBQH và HĐND tỉnh", new[] { "Hồng Vân" })]
    public void Reads_the_author_label_and_skips_the_sites_masthead(string text, string[] expected)
    {
        Run(text).Authors.Select(a => a.Name).Should().Equal(expected);
    }
}
