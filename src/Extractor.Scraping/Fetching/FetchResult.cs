namespace Extractor.Scraping.Fetching;

/// <summary>What one HTTP request gave: status, headers, the body as received and decoded, and the bytes to archive.</summary>
/// <remarks>Immutable. <see cref="Status"/> is 0 when no response came (see <see cref="Failure"/>).</remarks>
public sealed record FetchResult
{
    public required Uri Url { get; init; }

    public int Status { get; init; }

    public FetchFailure Failure { get; init; }

    /// <summary>What went wrong, in words, when something did.</summary>
    public string? Error { get; init; }

    /// <summary>Response headers (content headers included), as received, minus Transfer-Encoding (the body is de-chunked).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The body as received on the wire (still content-encoded); what the WARC keeps.</summary>
    public byte[] RawBody { get; init; } = [];

    /// <summary>The body with content coding undone; what the crawler reads.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The status line and headers as an HTTP/1.1 message head, ending with the blank line.</summary>
    public byte[] ResponseHead { get; init; } = [];

    /// <summary>The request as an HTTP/1.1 message (request line and headers sent).</summary>
    public byte[] RequestBlock { get; init; } = [];

    /// <summary>When the response arrived.</summary>
    public DateTimeOffset Date { get; init; }

    /// <summary>The server's address, when known.</summary>
    public string? IpAddress { get; init; }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public string? MediaType => ContentTypes.MediaType(Header("Content-Type"));

    /// <summary>How long the server asks us to wait (Retry-After as seconds or as a date), or null.</summary>
    public TimeSpan? RetryAfter => RetryAfterHeader.Parse(Header("Retry-After"), Date);

    /// <summary>True for a failure worth trying again: a timeout, a network error, 408, 429 or 5xx.</summary>
    public bool IsTransient =>
        Failure is FetchFailure.Timeout or FetchFailure.Network || Status is 408 or 429 || (Status >= 500 && Status <= 599);
}
