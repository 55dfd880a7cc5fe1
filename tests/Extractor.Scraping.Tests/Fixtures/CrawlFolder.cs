using Extractor.Scraping.Crawling;
using Extractor.Scraping.Fetching;
using Extractor.Scraping.Warc;

namespace Extractor.Scraping.Tests.Fixtures;

/// <summary>A temporary crawl folder with fast, test-sized crawl options and helpers to read back what was archived.</summary>
internal sealed class CrawlFolder : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(30);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crawl-test-" + Guid.NewGuid().ToString("N"));

    public CrawlOptions Options(TestSite site) => new()
    {
        StartUrls = [site.Url("/")],
        OutputFolder = Path,
        Delay = Delay,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        BreakDuration = TimeSpan.FromMilliseconds(500),
        ProgressInterval = TimeSpan.FromMilliseconds(100),
        Fetcher = new FetcherOptions { Timeout = TimeSpan.FromSeconds(1), MaxBodyBytes = 1024 * 1024, MaxDecodedBytes = 5 * 1024 * 1024 },
    };

    public IReadOnlyList<string> WarcFiles() =>
        Directory.Exists(System.IO.Path.Combine(Path, Crawler.WarcFolderName))
            ? Directory.GetFiles(System.IO.Path.Combine(Path, Crawler.WarcFolderName), "*.warc.gz").Order(StringComparer.Ordinal).ToList()
            : [];

    public List<WarcRecord> Records() => WarcFiles().SelectMany(f => WarcReader.ReadFile(f)).ToList();

    /// <summary>The paths of the 200 responses archived as articles, one entry per record.</summary>
    public List<string> ArchivedArticlePaths() =>
        Records()
            .Where(r => r.Type == "response" && r.Field(WarcArticleReader.PageKindField) == "article")
            .Select(r => new Uri(r.TargetUri!).PathAndQuery)
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, true);
        }
        catch (IOException)
        {
        }
    }
}
