using System.Text;
using AngleSharp.Html.Parser;
using Extractor.Documents;
using Extractor.Html.Content;
using Extractor.Html.Decoding;
using Extractor.Html.Profiles;

namespace Extractor.Html;

/// <summary>Reads an HTML page into an article: headline, canonical address, publication time, authors, and the body's clean paragraphs and captions.</summary>
/// <remarks>
/// A matching <see cref="SiteProfile"/> is tried first; the generic extractor (block scoring by text and link density and
/// class/id hints) reads whatever the profile leaves. Thread-safe; never throws on bad bytes or bad markup: problems are
/// reported in the article's errors.
/// </remarks>
public sealed class HtmlArticleExtractor
{
    /// <summary>Scripting off (noscript content is read as markup), and nothing kept that extraction never reads: source
    /// positions of elements, comments, and the raw text of style, iframe and the like (scripts stay: JSON-LD is read).</summary>
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsNotSupportingFrames = true,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipRawText = true,
    };

    private readonly ThreadLocal<HtmlParser> _parser = new(() => new HtmlParser(ParserOptions));
    private readonly PageHints _hints = PageHints.Default;

    /// <summary>An extractor with the bundled site profiles (and those in <see cref="SiteProfileSet.FolderVariable"/>).</summary>
    public HtmlArticleExtractor()
        : this(SiteProfileSet.Default)
    {
    }

    public HtmlArticleExtractor(SiteProfileSet profiles) => Profiles = profiles;

    public SiteProfileSet Profiles { get; }

    /// <summary>Reads a page from its bytes, finding the encoding from the hints' charset, a BOM, the page's meta charset, or detection.</summary>
    public HtmlArticle Read(ReadOnlySpan<byte> bytes, HtmlPageHints? hints = null)
    {
        hints ??= HtmlPageHints.None;
        var decoded = HtmlDecoder.Decode(bytes, hints.Charset);
        return ReadDecoded(decoded.Html, hints, decoded.EncodingName, decoded.Errors);
    }

    /// <summary>Reads a page that is already text (mojibake and legacy-font text are still repaired).</summary>
    public HtmlArticle Read(string html, HtmlPageHints? hints = null)
    {
        var errors = new List<string>();
        var repaired = HtmlDecoder.Repair(html, errors);
        return ReadDecoded(repaired, hints ?? HtmlPageHints.None, "utf-16", errors);
    }

    /// <summary>Reads a page into an article document whose text is the headline, a blank line, then the body's paragraphs.</summary>
    public ArticleDocument Extract(ReadOnlySpan<byte> bytes, string sourceFile, string? url = null, string? declaredCharset = null) =>
        ToDocument(Read(bytes, new HtmlPageHints { Url = url, Charset = declaredCharset }), sourceFile);

    public ArticleDocument Extract(string html, string sourceFile, string? url = null, IReadOnlyList<string>? errors = null)
    {
        var article = Read(html, new HtmlPageHints { Url = url });
        if (errors is { Count: > 0 })
        {
            article = article with { Errors = [.. errors, .. article.Errors] };
        }

        return ToDocument(article, sourceFile);
    }

    /// <summary>The document the text stages read: headline, blank line, paragraphs (captions among them), then a byline printed outside the body.</summary>
    public static ArticleDocument ToDocument(HtmlArticle article, string sourceFile)
    {
        var text = new StringBuilder();
        if (article.Title is { } title)
        {
            text.Append(title);
        }

        foreach (var block in article.Blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(block);
        }

        if (article.Byline is { } byline)
        {
            text.Append(text.Length > 0 ? "\n\n" : "").Append(byline);
        }

        return new ArticleDocument
        {
            Source = new ArticleSource
            {
                SourceFile = sourceFile,
                Url = article.Url,
                Title = article.Title,
                Published = article.Published,
                Authors = article.Authors,
                Errors = article.Errors,
            },
            Text = text.ToString(),
        };
    }

    private HtmlArticle ReadDecoded(string html, HtmlPageHints hints, string encodingName, IReadOnlyList<string> decodeErrors)
    {
        var errors = new List<string>(decodeErrors);
        HtmlArticle article;
        html = NestingLimiter.Limit(html, out var limited);
        if (limited)
        {
            errors.Add($"page nests elements deeper than {NestingLimiter.MaxDepth} levels; the deeper tags were ignored");
        }

        try
        {
            using var page = _parser.Value!.ParseDocument(html);
            var profile = Profiles.Match(hints.Url, page, html);
            var trusted = profile is not null && Profiles.MatchesAddress(profile, hints.Url);
            article = ArticleAssembler.Assemble(page, hints, profile, _hints, trusted, html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            errors.Add($"page could not be read as an article: {ex.GetType().Name}: {ex.Message}");
            article = new HtmlArticle { Url = hints.Url };
        }

        if (article.Blocks.Count == 0)
        {
            errors.Add("no article text found in the page");
        }

        return article with { EncodingName = encodingName, Errors = errors };
    }
}
