using Extractor.Scraping.Discovery;
using Extractor.Scraping.Warc;

namespace Extractor.Scraping.Crawling;

/// <summary>What reading a fetched body decided: done, a duplicate of another address, or skipped; its kind, hash and links.</summary>
internal sealed record PageOutcome(
    UrlState Outcome, PageKind Kind, string ContentHash, IReadOnlyList<QueuedLink> Links, IReadOnlyList<Uri> Aliases, string? DuplicateOf, string? Error)
{
    public SettledPage ToSettled(string url, int status, string? etag, string? lastModified, WarcLocation location, long committed, DateTimeOffset fetchedAt) => new()
    {
        Url = url,
        State = Outcome,
        Kind = Kind,
        Status = status,
        ETag = etag,
        LastModified = lastModified,
        ContentHash = ContentHash,
        Location = location,
        CommittedLength = committed,
        FetchedAt = fetchedAt,
        Error = DuplicateOf is null ? Error : "same page as " + DuplicateOf,
        Aliases = Aliases,
        Links = Links,
    };
}
