using System.Text;
using AngleSharp.Html.Parser;
using Extractor.Documents;
using Extractor.Normalization.Unicode;

namespace Extractor.Html;

/// <summary>Reads an HTML page into an article: headline, body paragraphs, page metadata.</summary>
/// <remarks>First cut: headline from h1/og:title/title, body from paragraphs. Thread-safe; never throws on bad markup.</remarks>
public sealed class HtmlArticleExtractor
{
    private readonly HtmlParser _parser = new();

    public ArticleDocument Extract(ReadOnlySpan<byte> bytes, string sourceFile, string? url = null, string? declaredCharset = null)
    {
        var decoded = TextDecoder.Decode(bytes, declaredCharset);
        return Extract(decoded.Text, sourceFile, url, decoded.Errors);
    }

    public ArticleDocument Extract(string html, string sourceFile, string? url = null, IReadOnlyList<string>? errors = null)
    {
        var page = _parser.ParseDocument(html);
        var title = page.QuerySelector("h1")?.TextContent.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = page.QuerySelector("meta[property='og:title']")?.GetAttribute("content")?.Trim() ?? page.Title?.Trim();
        }

        var body = new StringBuilder();
        if (!string.IsNullOrEmpty(title))
        {
            body.Append(title).Append("\n\n");
        }

        foreach (var p in page.QuerySelectorAll("p"))
        {
            var line = p.TextContent.Trim();
            if (line.Length > 0)
            {
                body.Append(line).Append("\n\n");
            }
        }

        return new ArticleDocument
        {
            Source = new ArticleSource
            {
                SourceFile = sourceFile,
                Url = url ?? page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"),
                Title = string.IsNullOrEmpty(title) ? null : title,
                Errors = errors ?? [],
            },
            Text = body.ToString().TrimEnd(),
        };
    }
}
