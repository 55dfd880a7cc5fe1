namespace Extractor.Scraping.Crawling;

/// <summary>One thing that happened in a crawl, for logs: a page fetched, skipped, refused, failed or retried.</summary>
/// <param name="Kind">"fetched", "archived", "not-modified", "duplicate", "disallowed", "skipped", "failed", "retry", "redirect", "deferred", "recovered".</param>
public sealed record CrawlEvent(string Kind, string Url, int Status, string? Detail);
