namespace Extractor.Scraping.Fetching;

/// <summary>One GET to make, with the validators of an earlier fetch for a conditional request.</summary>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>The ETag of the copy we hold (sent as If-None-Match).</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified of the copy we hold, as the server wrote it (sent as If-Modified-Since).</summary>
    public string? LastModified { get; init; }
}
