using Extractor.Scraping.Crawling;

namespace Extractor.Scraping.Tests.Fixtures;

/// <summary>One complete crawl of the test site, shared by the tests that only look at what it did.</summary>
public sealed class FullCrawl : IAsyncLifetime
{
    internal TestSite Site { get; private set; } = null!;

    internal CrawlFolder Folder { get; } = new();

    internal CrawlSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await TestSite.StartAsync();
        Summary = await new Crawler(Folder.Options(Site)).RunAsync();
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Folder.Dispose();
    }
}
