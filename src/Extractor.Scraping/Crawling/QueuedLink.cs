using Extractor.Scraping.Discovery;

namespace Extractor.Scraping.Crawling;

/// <summary>A link a page gave, with its place in the frontier.</summary>
internal sealed record QueuedLink(Uri Url, PageKind Kind, int Priority, int Depth, int Redirects, DateTimeOffset? Date);
