using System.Text;
using BenchmarkDotNet.Attributes;
using Extractor.Normalization;
using Extractor.Normalization.Numerals;
using Extractor.Normalization.Unicode;

namespace Extractor.Benchmarks;

/// <summary>Text normalization in MB/s (an article-sized text with old-style tones, NBSP and decomposed marks) and numbers/s.</summary>
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private static readonly string[] Numbers =
    [
        "hơn 1.600 đảng viên", "81,01 %", "31/36 ủy ban kiểm tra", "1.047,1 tỷ đồng", "gần 6 ngàn", "4,7 ngàn",
        "hai nghìn không trăm hai mươi", "khoảng 6 triệu đồng/người/tháng", "662 trong tổng số 686 tổ chức cơ sở đảng",
        "tăng 28,7%", "248 đảng viên trở lên", "15 nghìn tỷ", "Sáng 2-7", "số 35-CT/TW", "khóa XIII", "01",
    ];

    /// <summary>Expressions per call: divide the rate by this to get numbers/s.</summary>
    public const int NumbersPerCall = 16;

    private string _article = "";

    /// <summary>Size of the article in bytes of UTF-8, to turn time per call into MB/s.</summary>
    public int ArticleBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        // Written for the benchmark: the kinds of text news pages print, repeated to ~64 KB.
        const string paragraph =
            "Sáng 2-7, Đảng uỷ Khối các cơ quan tỉnh Thanh Hoá tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm.\u00A0"
            + "Toàn Đảng bộ kết nạp hơn 1.600 đảng viên, đạt 81,01% kế hoạch; 31/36 uỷ ban kiểm tra hoàn thành tốt nhiệm vụ. "
            + "Đồng chí Nguye\u0302\u0303n Văn A, Uỷ viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh uỷ, phát biểu chỉ đạo hội nghị.\r\n";
        var sb = new StringBuilder();
        while (sb.Length < 64 * 1024)
        {
            sb.Append(paragraph);
        }

        _article = sb.ToString();
        ArticleBytes = Encoding.UTF8.GetByteCount(_article);
    }

    [Benchmark]
    public int NormalizeArticle() => VietnameseText.Normalize(_article).Text.Length;

    [Benchmark]
    public int SearchKeyOfArticle() => SearchKey.Of(_article).Length;

    [Benchmark(OperationsPerInvoke = NumbersPerCall)]
    public int ParseNumbers()
    {
        var found = 0;
        foreach (var number in Numbers)
        {
            found += VietnameseNumber.Parse(number).Success ? 1 : 0;
        }

        return found;
    }
}
