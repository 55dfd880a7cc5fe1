using System.Collections.Immutable;
using Extractor.Extraction.Figures;
using Extractor.Facts;

namespace Extractor.Core.Tests.Extraction.Figures;

/// <summary>Numbers that count nothing the article reports: level descriptors and the headlines of related-link lists.</summary>
public sealed class FigureDescriptorTests
{
    private static ImmutableArray<Figure> Extract(string text) => StructuredText.Process(text, new FigureStage()).Figures;

    [Theory]
    [InlineData("Đoàn giám sát việc vận hành chính quyền địa phương 2 cấp tại xã.")]
    [InlineData("Lực lượng Công an 3 cấp đã triển khai đồng bộ các giải pháp.")]
    [InlineData("Mô hình tổ chức 2 cấp được duy trì ổn định.")]
    public void Reads_a_number_before_a_level_word_as_a_descriptor_not_a_figure(string sentence) =>
        Extract(sentence).Should().BeEmpty();

    [Theory]
    [InlineData("Toàn tỉnh có 79 sản phẩm OCOP từ 3 sao trở lên.", "79 sản phẩm")]
    [InlineData("Huyện có 12 sản phẩm 5 sao và nhiều sản phẩm 4 sao.", "12 sản phẩm")]
    [InlineData("Năm qua có 45 chi bộ đạt chi bộ 4 tốt và đảng viên 2 tốt.", "45 chi bộ")]
    public void Reads_a_star_rating_as_a_descriptor_and_keeps_what_is_counted(string sentence, string figure) =>
        Extract(sentence).Select(f => f.Text).Should().Equal(figure);

    [Theory]
    [InlineData("Sáng 7/3, Hội tổ chức họp mặt kỷ niệm 115 năm Ngày Quốc tế Phụ nữ 8/3 và 1985 năm Khởi nghĩa Hai Bà Trưng.")]
    [InlineData("Nhân kỷ niệm Ngày Nhà giáo Việt Nam 20/11 và ngày thành lập trường, nhà trường tuyên dương giáo viên.")]
    public void Reads_the_date_of_a_named_day_as_no_ratio(string sentence) =>
        Extract(sentence).Should().NotContain(f => f.Text.Contains('/'));

    [Theory]
    [InlineData("Đồng chí cho biết trong năm đơn vị đã nhận đỡ đầu 12 học sinh.", "12 học sinh")]
    [InlineData("Hơn mười năm làm Trưởng xóm, ông đã vận động 36 hộ hiến đất.", "36 hộ")]
    [InlineData("Đảng ủy tổ chức Lễ trao Huy hiệu Đảng đợt 19/5 và 2/9 cho 12 đảng viên.", "12 đảng viên")]
    [InlineData("Tỉnh khánh thành tuyến đường ĐT.639 đoạn qua 3 xã ven biển.", "3 xã")]
    [InlineData("Hai cựu chiến binh ở ấp Nhơn Lộc 2 nhận 2 căn nhà mới.", "2 căn nhà")]
    public void Reads_the_year_word_listed_dates_and_route_codes_as_no_figures(string sentence, string figure) =>
        Extract(sentence).Select(f => f.Text).Should().Equal(figure);

    [Fact]
    public void Still_reads_a_share_after_a_named_day_when_it_counts_something()
    {
        Extract("Hưởng ứng Ngày hội Đại đoàn kết có 11/11 chi bộ tham gia.").Select(f => f.Text).Should().Contain("11/11 chi bộ");
    }

    [Theory]
    [InlineData("Ủy ban Kiểm tra đã kết luận 31/36 tổ chức đảng có vi phạm.", "31/36 tổ chức đảng")]
    [InlineData("Xã mới có quy mô dân số 17.532 người.", "17.532 người")]
    [InlineData("Xã mới được thành lập trên cơ sở nhập ba xã.", "ba xã")]
    [InlineData("Dịp này, Ủy ban nhân dân tỉnh trao 2 Bằng khen cho các tập thể.", "2 Bằng khen")]
    [InlineData("Phường đã nâng cấp ba tuyến đường nội thị.", "ba tuyến đường")]
    public void Counts_after_words_that_otherwise_name_a_document_or_a_number(string sentence, string figure) =>
        Extract(sentence).Select(f => f.Text).Should().Equal(figure);

    [Fact]
    public void Still_counts_party_committees_written_with_the_level_word()
    {
        Extract("Toàn huyện có 12 cấp ủy được kiện toàn.").Select(f => f.Text).Should().Equal("12 cấp ủy");
    }

    [Theory]
    [InlineData("Bài viết cùng chuyên mục:\n+ Khai giảng lớp bồi dưỡng cho 80 học viên")]
    [InlineData("Đọc thêm\nQuảng Trị: Kỷ luật 4 đảng viên vi phạm")]
    [InlineData("Xem thêm:\nHuyện kết nạp 25 đảng viên mới")]
    public void Skips_figures_in_a_related_link_list(string list)
    {
        var text = "Hội nghị tổng kết\n\nSáng 3/4, Huyện ủy tổ chức hội nghị với 150 đại biểu tham dự.\n\n" + list;

        Extract(text).Select(f => f.Text).Should().Equal("150 đại biểu");
    }

    [Fact]
    public void Reads_prose_again_after_a_related_list_standing_mid_article()
    {
        var text = "Hội nghị tổng kết\n\nSáng 3/4, Huyện ủy tổ chức hội nghị với 150 đại biểu tham dự.\n\nĐọc thêm:\nHuyện kết nạp 25 đảng viên mới\n\nNăm qua, huyện đã kết nạp 310 đảng viên.";

        Extract(text).Select(f => f.Text).Should().Equal("150 đại biểu", "310 đảng viên");
    }
}
