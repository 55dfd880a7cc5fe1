using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Extraction.Figures;
using Extractor.Facts;
using Extractor.Normalization;

namespace Extractor.Core.Tests.Extraction.Figures;

/// <summary>
/// A range gives a figure for each end; a day and month ending a run of days or followed by a function word is a date, not a
/// ratio; counts written in words before a classifier, and counted nouns written with capitals.
/// </summary>
public sealed class FigureRangeAndDateTests
{
    private static ImmutableArray<Figure> Extract(string text) =>
        new FigureStage().Process(new TextNormalizationStage().Process(ArticleDocument.FromText(text))).Figures;

    [Theory]
    [InlineData("Mỗi hộ trồng từ 3 đến 5 ha rừng.", "từ 3", 3, "từ", "đến 5 ha", 5, "đến", "ha")]
    [InlineData("Năng suất tăng từ 8-12% so với năm trước.", "từ 8", 8, "từ", "12%", 12, null, "%")]
    [InlineData("Phấn đấu tỷ lệ hộ nghèo giảm 2-2,5% mỗi năm.", "giảm 2", 2, "giảm", "2,5%", 2.5, "giảm", "%")]
    [InlineData("Mỗi suất hỗ trợ 3-5 triệu đồng.", "3", 3000000, null, "5 triệu đồng", 5000000, null, "đồng")]
    public void Reads_both_ends_of_a_range(string sentence, string lowText, double low, string? lowQualifier, string highText, double high, string? highQualifier, string unit)
    {
        var figures = Extract(sentence);

        figures.Select(f => (f.Text, f.Value, f.Qualifier, f.Unit)).Should().Equal(
            (lowText, (decimal)low, lowQualifier, unit), (highText, (decimal)high, highQualifier, unit));
    }

    [Theory]
    [InlineData("Hội thao diễn ra từ 24-26/10 với sự tham gia của các đơn vị.")]
    [InlineData("Lớp học kéo dài từ 3 – 7/11, tại Trường Chính trị tỉnh.")]
    [InlineData("Đợt kiểm tra kết thúc ngày 15/8 tại huyện.")]
    [InlineData("Hội nghị được tổ chức 16/8 với sự tham dự của 200 đại biểu.")]
    [InlineData("Lớp học diễn ra từ 20 đến 25/10 tại huyện.")]
    [InlineData("Từ 20 đến 25/10, huyện mở lớp bồi dưỡng.")]
    public void Reads_no_ratio_in_a_day_and_month(string sentence)
    {
        Extract(sentence).Should().NotContain(f => f.Kind == FigureKind.Ratio);
    }

    [Theory]
    [InlineData("Toàn huyện có 31/36 xã đạt chuẩn nông thôn mới.", 31, 36)]
    [InlineData("Đã có 11/12 chi bộ hoàn thành.", 11, 12)]
    [InlineData("Có 9/10 mục tiêu bị bắn trúng.", 9, 10)]
    [InlineData("Số hộ nghèo chỉ bằng 2/3 so với năm trước.", 2, 3)]
    public void Still_reads_a_ratio_of_counted_things(string sentence, int value, int of)
    {
        Extract(sentence).Should().ContainSingle(f => f.Kind == FigureKind.Ratio && f.Value == value && f.Of == of);
    }

    [Theory]
    [InlineData("Hội đã trao ba mươi hai căn nhà tình nghĩa cho hội viên.", 32, "căn nhà")]
    [InlineData("Huyện khánh thành hai ngôi nhà văn hóa.", 2, "ngôi nhà")]
    [InlineData("Công đoàn tỉnh trao 15 Mái ấm Công đoàn cho đoàn viên.", 15, "Mái ấm")]
    public void Counts_houses_written_with_a_classifier_or_a_capitalised_name(string sentence, int value, string unitStart)
    {
        var figure = Extract(sentence).Should().ContainSingle().Subject;

        figure.Value.Should().Be(value);
        figure.Unit.Should().StartWith(unitStart);
    }

    [Fact]
    public void Keeps_an_amount_of_money_said_again_for_another_fact_but_a_count_once()
    {
        var figures = Extract("Mỗi căn được hỗ trợ 40 triệu đồng. Riêng gia đình ông Hùng nhận 40 triệu đồng từ quỹ. "
            + "Xã có 12 tổ chức cơ sở đảng. Cả 12 tổ chức cơ sở đảng đều hoàn thành nhiệm vụ.");

        figures.Count(f => f.Value == 40000000).Should().Be(2);
        figures.Count(f => f.Value == 12).Should().Be(1);
    }
}
