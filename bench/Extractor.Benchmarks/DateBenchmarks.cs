using BenchmarkDotNet.Attributes;
using Extractor.Normalization.Dates;
using NodaTime;

namespace Extractor.Benchmarks;

/// <summary>Dates per second: single expressions through the parser, and a lead paragraph through the scanner.</summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private static readonly LocalDate Reference = new(2020, 7, 2);

    private static readonly string[] Expressions =
    [
        "09:07, 02/07/2020", "Sáng 2-7", "16.7", "ngày 5 tháng 7 năm 2023", "Cập nhật lúc 08:40, Thứ Năm, 14/03/2019 (GMT+7)",
        "04/03/2020 02:42 CH", "quý III/2022", "6 tháng đầu năm 2023", "nhiệm kỳ 2015 - 2020", "từ năm 2017 đến nay",
        "tháng 3/2024", "hôm qua", "8 giờ 30 phút", "2020-07-02T09:07", "từ 10/7 - 15/7/2017", "17h30",
    ];

    private const string Paragraph =
        "Sáng 2-7, Huyện ủy Tân Lập họp phiên thường kỳ, đánh giá kết quả lãnh đạo 6 tháng đầu năm và bàn "
        + "nhiệm vụ 6 tháng cuối năm 2020, nhiệm kỳ 2015 - 2020. Trong quý II/2020, toàn Đảng bộ kết nạp 126 đảng viên, đạt "
        + "81,01% kế hoạch; từ ngày 10 đến ngày 15/7/2020 sẽ mở lớp bồi dưỡng. Lúc 8h30 ngày 3/7, hội nghị tiếp tục.";

    /// <summary>Expressions parsed per call: divide the rate by this to get dates/s.</summary>
    public const int ExpressionsPerCall = 16;

    [Benchmark(OperationsPerInvoke = ExpressionsPerCall)]
    public int ParseExpressions()
    {
        var ok = 0;
        foreach (var expression in Expressions)
        {
            if (DateExpressionParser.Parse(expression, Reference).Success)
            {
                ok++;
            }
        }

        return ok;
    }

    [Benchmark]
    public int ScanParagraph() => DateScanner.Scan(Paragraph, Reference).Length;
}
