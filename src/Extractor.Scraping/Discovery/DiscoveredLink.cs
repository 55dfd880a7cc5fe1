namespace Extractor.Scraping.Discovery;

/// <summary>An address found on a page, sitemap or feed, with what it is expected to be and the date the source gave it, if any.</summary>
public sealed record DiscoveredLink(Uri Url, PageKind Kind, DateTimeOffset? Date = null);
