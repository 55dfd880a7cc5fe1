using Extractor.Scraping.Discovery;

namespace Extractor.Scraping.Crawling;

/// <summary>One address taken from the frontier, with what the crawl knows about it.</summary>
internal sealed record FrontierEntry(
    long Id, Uri Url, PageKind Kind, int Depth, int Redirects, string? ETag, string? LastModified, long Generation, DateTimeOffset? SourceDate);
