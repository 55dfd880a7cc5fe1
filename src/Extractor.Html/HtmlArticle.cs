using Extractor.Documents;

namespace Extractor.Html;

/// <summary>What an HTML page says as an article: headline, metadata, clean body blocks and captions, before any text analysis.</summary>
/// <remarks>Immutable. <see cref="Blocks"/> holds the body paragraphs in page order (captions among them, where they stand); the headline is not among them.</remarks>
public sealed record HtmlArticle
{
    /// <summary>The headline: the page's h1 unless it is a breadcrumb or the site's name, else og:title/JSON-LD/&lt;title&gt;.</summary>
    public string? Title { get; init; }

    /// <summary>The canonical address (link rel=canonical, og:url), else the address the page was fetched from.</summary>
    public string? Url { get; init; }

    /// <summary>Publication time from meta tags, JSON-LD, microdata or the visible dateline.</summary>
    public PublicationTime? Published { get; init; }

    /// <summary>Authors from the byline, meta tags or JSON-LD, as written.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The body's paragraphs (headings, list items and captions included), in page order, whitespace folded.</summary>
    public IReadOnlyList<string> Blocks { get; init; } = [];

    /// <summary>Image and table captions found in the body (each also stands in <see cref="Blocks"/>).</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>The byline line when the page prints it outside the body (an author box), so the article text can end with it.</summary>
    public string? Byline { get; init; }

    /// <summary>The address of the article's next page, when it is split across pages (absolute when the page's address is known).</summary>
    public string? NextPageUrl { get; init; }

    /// <summary>The name of the site profile that read the page, or null when the generic extractor did.</summary>
    public string? Profile { get; init; }

    /// <summary>The character encoding the page was read with.</summary>
    public string EncodingName { get; init; } = "utf-16";

    /// <summary>Problems met reading the page (bad bytes, unknown charset, repaired mojibake …); never fatal.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>The body as plain text: blocks separated by a blank line.</summary>
    public string Body => string.Join("\n\n", Blocks);
}
