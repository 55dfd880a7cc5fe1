using Extractor.Documents;
using Extractor.Html;
using Extractor.Scraping.Fetching;
using Extractor.Scraping.Sources;

namespace Extractor.Scraping.Warc;

/// <summary>Turns the HTML responses archived in a WARC file (ours or Common Crawl's) into article documents, one per record.</summary>
/// <remarks>
/// Only successful (200) response records with an HTML body are read; requests, metadata, redirects, errors, non-HTML
/// bodies, and the pages our crawler marked as anything but an article (listings, home pages), are passed over. Each document's source file is
/// <c>path#offset</c>, its address the record's target URI, and its province that of the registered site it comes from.
/// Reading is lazy; a broken record ends the walk with <see cref="WarcFormatException"/> after the documents before it.
/// </remarks>
public sealed class WarcArticleReader(SourceRegistry? registry = null, HtmlArticleExtractor? html = null)
{
    /// <summary>The WARC field our crawler writes on response records to say what the page was ("article", "listing", "feed" …).</summary>
    public const string PageKindField = "X-Crawl-Page-Kind";

    private readonly SourceRegistry _registry = registry ?? SourceRegistry.Default;
    private readonly HtmlArticleExtractor _html = html ?? new HtmlArticleExtractor();

    /// <summary>Reads the articles of a .warc or .warc.gz file.</summary>
    public IEnumerable<ArticleDocument> Read(string path, string displayPath) => Documents(WarcReader.ReadFile(path), displayPath);

    /// <summary>Reads the articles of a WARC held in a seekable stream.</summary>
    public IEnumerable<ArticleDocument> Read(Stream seekable, string displayPath) => Documents(WarcReader.Read(seekable), displayPath);

    private IEnumerable<ArticleDocument> Documents(IEnumerable<WarcRecord> records, string displayPath)
    {
        foreach (var record in records)
        {
            if (!string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase)
                || record.ContentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) != true
                || record.Field(PageKindField) is { } kind && kind != "article")
            {
                continue;
            }

            var response = HttpResponseBlock.TryParse(record.Block);
            if (response is null || response.Status != 200 || !ContentTypes.IsHtml(response.MediaType ?? "text/html"))
            {
                continue;
            }

            var label = $"{displayPath}#{record.Offset}";
            var document = _html.Extract(response.Body, label, record.TargetUri, response.Charset);
            var errors = document.Source.Errors.ToList();
            if (record.Truncated)
            {
                errors.Add($"{label}: the archived record was longer than {WarcReader.DefaultMaxBlockBytes:N0} bytes and was cut");
            }

            if (response.Error is not null)
            {
                errors.Add($"{label}: {response.Error}");
            }

            var province = _registry.ForUrl(record.TargetUri)?.Province ?? _registry.ForUrl(document.Source.Url)?.Province;
            yield return document with
            {
                Source = document.Source with { Url = document.Source.Url ?? record.TargetUri, Province = province ?? document.Source.Province, Errors = errors },
            };
        }
    }
}
