using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Extractor.Html;
using Extractor.Html.Profiles;

namespace Extractor.Benchmarks;

/// <summary>HTML to article on a 100 KB page (target: at most 5 ms on one core), with AngleSharp's parse alone as the baseline.</summary>
/// <remarks>
/// The page is a newspaper fixture of corpus/sites padded with its own sidebar lists and scripts to 100 KB, the size and
/// furniture share of a real provincial page. Set EXTRACTOR_BENCH_PAGE to time a real page instead.
/// </remarks>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private const int PageBytes = 100 * 1024;

    private readonly HtmlParser _parser = new();
    private readonly HtmlArticleExtractor _generic = new(SiteProfileSet.Empty);
    private byte[] _bytes = [];
    private string _html = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Environment.GetEnvironmentVariable("EXTRACTOR_BENCH_PAGE") is { Length: > 0 } path ? File.ReadAllBytes(path) : PaddedFixture();
        _html = Encoding.UTF8.GetString(_bytes);
    }

    [Benchmark(Baseline = true)]
    public int AngleSharpParseOnly()
    {
        using var document = _parser.ParseDocument(_html);
        return document.All.Length;
    }

    [Benchmark]
    public int HtmlToArticle() => _generic.Read(_bytes).Blocks.Count;

    private static byte[] PaddedFixture()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "corpus", "sites")))
        {
            dir = dir.Parent;
        }

        var sites = Path.Combine(dir?.FullName ?? ".", "corpus", "sites", "newspaper-cms");
        // The first article page (listing pages of the fixture site have no sidebar to pad with).
        var page = Directory.GetFiles(sites, "*-*.html").Order(StringComparer.Ordinal).Select(File.ReadAllText).First(p => p.Contains("<aside", StringComparison.Ordinal));
        var at = page.IndexOf("<aside", StringComparison.Ordinal);
        var end = page.IndexOf("</aside>", at, StringComparison.Ordinal);
        var sidebar = page[page.IndexOf('>', at)..end][1..];
        var padding = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(page) + padding.Length * 1.3 < PageBytes; i++)
        {
            padding.Append("<div class=\"box-more\">").Append(sidebar).Append("</div><script>var slot").Append(i).Append(" = { id: 'ad-").Append(i).Append("', sizes: [[300, 250], [300, 600]] };</script>\n");
        }

        return Encoding.UTF8.GetBytes(page.Insert(end, padding.ToString()));
    }
}
