namespace Extractor.Scraping.Tests.Fixtures;

/// <summary>One request the test site received: when, what, from whom, with which validators.</summary>
internal sealed record SiteRequest(DateTimeOffset Time, string PathAndQuery, string UserAgent, string IfNoneMatch, string IfModifiedSince);
