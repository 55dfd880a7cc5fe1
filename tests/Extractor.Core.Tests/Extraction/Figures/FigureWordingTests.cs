using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Extraction.Figures;
using Extractor.Facts;
using Extractor.Normalization;

namespace Extractor.Core.Tests.Extraction.Figures;

/// <summary>Wordings met in held-out articles: a range of days in a headline, an office counted, a yearly average.</summary>
public sealed class FigureWordingTests
{
    private static ImmutableArray<Figure> Extract(string text) =>
        new FigureStage().Process(new TextNormalizationStage().Process(ArticleDocument.FromText(text))).Figures;

    [Theory]
    [InlineData("Tin hoạt động nổi bật trong tuần (từ 3 – 9/11/2025)")]
    [InlineData("Hoạt động xây dựng Đảng trong tuần (từ 24 – 30/6)")]
    public void Reads_no_ratio_in_a_range_of_days(string headline)
    {
        Extract(headline).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Sau kiện toàn, Sở Tài chính có Giám đốc và 2 Phó Giám đốc.", "2 Phó Giám đốc", 2, "Phó Giám đốc")]
    [InlineData("Ủy ban có Chủ tịch và 3 Phó Chủ tịch chuyên trách.", "3 Phó Chủ tịch", 3, "Phó Chủ tịch")]
    [InlineData("Ba năm qua kết nạp 150 đảng viên, bình quân mỗi năm 50 đảng viên.", "50 đảng viên", 50, "đảng viên")]
    [InlineData("Hằng năm 40 đảng viên được tặng Huy hiệu Đảng.", "40 đảng viên", 40, "đảng viên")]
    public void Counts_an_office_noun_and_a_number_after_a_yearly_rate(string sentence, string text, int value, string unit)
    {
        var figure = Extract(sentence).Should().ContainSingle(f => f.Text == text).Subject;

        figure.Value.Should().Be(value);
        figure.Unit.Should().Be(unit);
    }

    [Fact]
    public void Reads_no_count_in_a_committee_named_for_a_directive()
    {
        Extract("Đồng chí Trưởng Ban Chỉ đạo 35 huyện phát biểu kết luận.").Should().BeEmpty();
    }

    [Fact]
    public void Still_reads_a_range_of_counts()
    {
        Extract("Mỗi chi bộ kết nạp 2 – 3 đảng viên.").Select(f => (f.Text, f.Value, f.Unit)).Should().Equal(
            ("2", 2m, "đảng viên"), ("3 đảng viên", 3m, "đảng viên"));
    }
}
