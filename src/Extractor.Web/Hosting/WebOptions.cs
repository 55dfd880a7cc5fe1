namespace Extractor.Web.Hosting;

/// <summary>What <c>extractor serve</c> was asked to do: which store to show and where to listen.</summary>
public sealed record WebOptions
{
    /// <summary>Loopback only unless the user names another address.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public required string DatabasePath { get; init; }

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The largest request body accepted: only GET and HEAD are served, so nothing legitimate sends one; a bigger one gets 413 unread.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024;

    /// <summary>The longest path and query accepted (414 past it); a search text is cut to <see cref="MaxQueryLength"/> long before this.</summary>
    public int MaxUrlLength { get; init; } = 4096;

    /// <summary>The longest search text used; the rest is ignored.</summary>
    public int MaxQueryLength { get; init; } = 200;
}
