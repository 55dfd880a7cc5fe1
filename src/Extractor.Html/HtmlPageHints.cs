namespace Extractor.Html;

/// <summary>What is known about a page from outside its bytes: the address it came from and the HTTP header's charset.</summary>
public sealed record HtmlPageHints
{
    public static readonly HtmlPageHints None = new();

    /// <summary>The address the page was fetched from; resolves relative links and selects a site profile.</summary>
    public string? Url { get; init; }

    /// <summary>The charset parameter of the HTTP Content-Type header (or the whole header value); wins over the page's own declaration.</summary>
    public string? Charset { get; init; }
}
