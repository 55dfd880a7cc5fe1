namespace Extractor.Scraping.Crawling;

/// <summary>How a crawl is going on one host: requests made, pages archived, errors, queue and request rate.</summary>
public sealed record HostProgress(string Host, int Requests, int Archived, int Errors, int Queued, double RequestsPerMinute, string State);
