using System.Collections.Immutable;
using System.Globalization;
using Extractor.Documents;
using Extractor.Extraction.Figures;
using Extractor.Facts;
using Extractor.Normalization;

namespace Extractor.Core.Tests.Extraction.Figures;

public sealed class FigureStageTests
{
    private static ImmutableArray<Figure> Extract(string text, Func<ArticleDocument, ArticleDocument>? prepare = null)
    {
        var document = new TextNormalizationStage().Process(ArticleDocument.FromText(text));
        document = prepare?.Invoke(document) ?? document;
        return new FigureStage().Process(document).Figures;
    }

    public static TheoryData<string, string, string, string?, string?, string> Found => new()
    {
        // sentence, figure text, value, unit, qualifier, kind
        { "Năm qua, Đảng bộ kết nạp hơn 1.600 đảng viên.", "hơn 1.600 đảng viên", "1600", "đảng viên", "hơn", "count" },
        { "Toàn Đảng bộ có 90 đảng viên mới được kết nạp.", "90 đảng viên", "90", "đảng viên", null, "count" },
        { "Có 159 đảng viên dự bị được công nhận.", "159 đảng viên dự bị", "159", "đảng viên dự bị", null, "count" },
        { "Mở 35 lớp bồi dưỡng cho hơn 3.300 lượt học viên.", "hơn 3.300 lượt học viên", "3300", "lượt học viên", "hơn", "count" },
        { "Tỷ lệ đạt 81,01 % so với năm trước.", "81,01 %", "81.01", "%", null, "percent" },
        { "xếp loại trong sạch (đạt 81,01%), không có yếu kém", "81,01%", "81.01", "%", null, "percent" },
        { "kết nạp 88 đảng viên, đạt 60% chỉ tiêu nghị quyết.", "đạt 60%", "60", "%", "đạt", "percent" },
        { "kết nạp 258 đảng viên (vượt chỉ tiêu tỉnh giao 33 đảng viên)", "33 đảng viên", "33", "đảng viên", "vượt", "count" },
        { "có 31/36 ủy ban kiểm tra hoàn thành tốt", "31/36 ủy ban kiểm tra", "31", "ủy ban kiểm tra", null, "ratio" },
        { "Có 662 trong tổng số 686 tổ chức cơ sở đảng được xếp loại.", "662 trong tổng số 686 tổ chức cơ sở đảng", "662", "tổ chức cơ sở đảng", null, "ratio" },
        { "Thu ngân sách trên 17.580 tỷ đồng, tăng 10%.", "trên 17.580 tỷ đồng", "17580000000000", "đồng", "trên", "money" },
        { "thu nhập bình quân khoảng 6 triệu đồng/người/tháng.", "khoảng 6 triệu đồng/người/tháng", "6000000", "đồng/người/tháng", "khoảng", "money" },
        { "kim ngạch xuất khẩu đạt gần 100 triệu USD.", "gần 100 triệu USD", "100000000", "USD", "gần", "money" },
        { "doanh thu đạt 21.000 tỷ đồng, tăng 1.000 tỷ đồng so cùng kỳ", "tăng 1.000 tỷ đồng", "1000000000000", "đồng", "tăng", "money" },
        { "thu ngân sách ước đạt 3.319 tỷ đồng.", "ước đạt 3.319 tỷ đồng", "3319000000000", "đồng", "ước", "money" },
        { "có 269 đảng bộ cơ sở (tăng 08);", "tăng 08", "8", null, "tăng", "count" },
        { "kết nạp mới 248 đảng viên trở lên;", "248 đảng viên trở lên", "248", "đảng viên", "trở lên", "count" },
        { "phấn đấu 95% đảng viên trở lên hoàn thành tốt nhiệm vụ", "95%", "95", "%", "trở lên", "percent" },
        { "phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ trở lên.", "95%", "95", "%", null, "percent" },
        { "tăng bình quân hằng năm từ 3% trở lên.", "3%", "3", "%", "trở lên", "percent" },
        { "chuyển chính thức cho 02 đồng chí.", "02 đồng chí", "2", "đồng chí", null, "count" },
        { "trồng mới 500 ha rừng.", "500 ha", "500", "ha", null, "other" },
        { "có 73 chi, đảng bộ trực thuộc", "73 chi", "73", "chi", null, "count" },
        { "Huyện có năm đảng viên được tặng huy hiệu.", "năm đảng viên", "5", "đảng viên", null, "count" },
        { "Ủy ban Kiểm tra đã thi hành kỷ luật 4 đảng viên vi phạm.", "4 đảng viên", "4", "đảng viên", null, "count" },
        { "Qua kiểm tra, đề nghị kỉ luật 12 đảng viên.", "12 đảng viên", "12", "đảng viên", null, "count" },
        { "kết nạp 9 đảng viên, vượt chỉ tiêu nghị quyết 3 đảng viên.", "3 đảng viên", "3", "đảng viên", "vượt", "count" },
        { "Các báo đã đăng, phát 1.320 tin, bài về đại hội.", "1.320 tin, bài", "1320", "tin, bài", null, "count" },
        { "Cổng thông tin đăng 45 tin bài về kỳ họp.", "45 tin bài", "45", "tin bài", null, "count" },
        { "Trong tháng, các cơ quan báo chí đăng 230 tin, bài về bầu cử.", "230 tin, bài", "230", "tin, bài", null, "count" },
        { "Trong tuần, huyện kết nạp 14 đảng viên.", "14 đảng viên", "14", "đảng viên", null, "count" },
        { "Giá trị sản xuất công nghiệp quý I ước tăng 5,3% so với cùng kỳ.", "ước tăng 5,3%", "5.3", "%", "ước", "percent" },
        { "Số hộ nghèo cả năm ước giảm 1,8% so với năm trước.", "ước giảm 1,8%", "1.8", "%", "ước", "percent" },
        { "Tổng vốn đầu tư ước tính tăng 12% so với năm 2023.", "ước tính tăng 12%", "12", "%", "ước", "percent" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Reads_a_figure_with_its_unit_qualifier_and_kind(string sentence, string text, string value, string? unit, string? qualifier, string kind)
    {
        var figures = Extract(sentence);

        var figure = figures.Should().ContainSingle(f => f.Text == text).Subject;
        figure.Value.Should().Be(decimal.Parse(value, CultureInfo.InvariantCulture));
        figure.Qualifier.Should().Be(qualifier);
        Output.ArticleRecordMapper.KindName(figure.Kind).Should().Be(kind);
        if (unit is not null)
        {
            figure.Unit.Should().StartWith(unit);
        }
        else
        {
            figure.Unit.Should().BeNull();
        }

        figure.Span.Of(sentence).Should().Be(text, "the span is the evidence in the text");
    }

    [Theory]
    [InlineData("Sáng 2-7, Đảng ủy Khối tổ chức hội nghị.")]
    [InlineData("Sáng 16.7, Tỉnh ủy tổ chức hội nghị.")]
    [InlineData("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.")]
    [InlineData("Triển khai Nghị quyết 13-NQ/TU của Tỉnh ủy.")]
    [InlineData("Theo Khoản 2, Điều 30 của Điều lệ Đảng.")]
    [InlineData("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, khóa XII.")]
    [InlineData("nhiệm kỳ 2015 - 2020 và giai đoạn 2017 – 2020")]
    [InlineData("trong 6 tháng đầu năm 2023, sau 3 năm thực hiện")]
    [InlineData("Kỷ niệm 94 năm ngày truyền thống ngành Tổ chức xây dựng Đảng")]
    [InlineData("Lượt xem: 26")]
    [InlineData("Cập nhật lúc 17:55, 06/02/2018")]
    [InlineData("Hội nghị lúc 8h30 ngày 5/3/2024 tại hội trường số 2")]
    [InlineData("Hotline: 0263 3822 111")]
    [InlineData("ủy ban kiểm tra hai cấp đã kiểm tra")]
    [InlineData("một số đảng viên chưa gương mẫu")]
    [InlineData("do ảnh hưởng của dịch COVID-19 song vẫn nỗ lực")]
    [InlineData("Quyết định số 433/QĐ-UBND ngày 21/12/2022")]
    [InlineData("tổng cộng 32.884 t")]
    [InlineData("Thực hiện Nghị quyết 15 của Tỉnh ủy về công tác cán bộ.")]
    [InlineData("Theo Luật 12 về tổ chức chính quyền địa phương.")]
    [InlineData("Đại diện Trung đoàn 24 cam kết rèn luyện chiến sĩ mới.")]
    [InlineData("Chỉ huy Tiểu đoàn 7 hứa sẽ huấn luyện tốt tân binh.")]
    [InlineData("Đơn vị nhận quân là Lữ đoàn 144 và Sư đoàn 9.")]
    public void Finds_no_figure_in_dates_identifiers_periods_and_chrome(string sentence)
    {
        Extract(sentence).Should().BeEmpty();
    }

    [Fact]
    public void Reports_a_headline_figure_restated_in_the_lead_once()
    {
        const string text = "Kết nạp 90 đảng viên mới\n\nNăm 2024, Đảng bộ huyện đã kết nạp 90 đảng viên mới, vượt kế hoạch.";

        var figures = Extract(text);

        figures.Should().ContainSingle(f => f.Value == 90);
        figures[0].Span.Start.Should().BeGreaterThan(text.IndexOf('\n', StringComparison.Ordinal), "the body copy is kept");
    }

    [Theory]
    [InlineData("Hội đồng thi hành kỷ luật khiển trách 3 đảng viên và cảnh cáo 3 đảng viên vi phạm.", 2)]
    [InlineData("Xã có 4 chi bộ nông thôn, 4 chi bộ trường học trực thuộc.", 2)]
    [InlineData("Huyện kết nạp 3 đảng viên mới. Như vậy, năm nay đã có thêm 3 đảng viên.", 1)]
    public void Keeps_an_equal_count_said_twice_in_one_sentence_as_two_facts(string text, int expected)
    {
        Extract(text).Count(f => f.Value == 3 || f.Value == 4).Should().Be(expected);
    }

    [Fact]
    public void Keeps_equal_shares_that_stand_for_different_facts()
    {
        const string text = "Chi bộ A kết nạp 2 đảng viên, đạt 50% chỉ tiêu; chi bộ B kết nạp 4 đảng viên, đạt 50% chỉ tiêu được giao.";

        Extract(text).Count(f => f.Value == 50).Should().Be(2);
    }

    [Fact]
    public void Skips_figures_inside_page_furniture()
    {
        const string text = "Có 12 đảng viên mới.\nLượt truy cập 1.036 người";
        var furniture = new TextSpan(text.IndexOf("Lượt", StringComparison.Ordinal), text.Length);

        var figures = Extract(text, d => d with { Furniture = [furniture] });

        figures.Should().ContainSingle().Which.Value.Should().Be(12);
    }
}
