using Extractor.Documents;
using Extractor.Html;
using Extractor.Normalization.Unicode;
using Extractor.Scraping.Sources;
using Extractor.Scraping.Warc;

namespace Extractor.Jobs.Inputs;

/// <summary>Reads an input file into one or more article documents (a WARC holds many), never throwing on bad input.</summary>
public sealed class ArticleReader(InputFormat format = InputFormat.Auto)
{
    /// <summary>Files larger than this are refused with an error record rather than read into memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly HtmlArticleExtractor _html = new();

    public IEnumerable<ArticleDocument> Read(InputFile input)
    {
        if (format is InputFormat.Auto or InputFormat.Warc && IsWarc(input))
        {
            // A WARC is walked record by record, never read whole.
            return new WarcArticleReader(SourceRegistry.Default, _html).Read(input.FullPath, input.DisplayPath);
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(input.FullPath);
            if (info.Length > MaxFileBytes && !IsWarc(input))
            {
                return [Failed(input, $"{input.DisplayPath}: file too large ({info.Length:N0} bytes, limit {MaxFileBytes:N0})")];
            }

            bytes = File.ReadAllBytes(input.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Failed(input, $"{input.DisplayPath}: cannot read: {ex.Message}")];
        }

        return Read(input, bytes);
    }

    public IEnumerable<ArticleDocument> Read(InputFile input, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return [Failed(input, $"{input.DisplayPath}: empty file")];
        }

        var effective = format == InputFormat.Auto ? Detect(input, bytes) : format;
        if (effective == InputFormat.Warc)
        {
            return new WarcArticleReader(SourceRegistry.Default, _html).Read(new MemoryStream(bytes, writable: false), input.DisplayPath);
        }

        if (TextDecoder.LooksBinary(bytes, out var kind))
        {
            return [Failed(input, $"{input.DisplayPath}: not a text or HTML article ({kind} content)")];
        }

        if (effective == InputFormat.Html)
        {
            return [WithProvince(_html.Extract(bytes, input.DisplayPath))];
        }

        var decoded = TextDecoder.Decode(bytes);
        return
        [
            new ArticleDocument
            {
                Source = new ArticleSource { SourceFile = input.DisplayPath, Errors = decoded.Errors },
                Text = decoded.Text,
            },
        ];
    }

    /// <summary>A page saved from a registered site carries the site's province.</summary>
    private static ArticleDocument WithProvince(ArticleDocument document) =>
        document.Source.Province is null && SourceRegistry.Default.ForUrl(document.Source.Url) is { } site
            ? document with { Source = document.Source with { Province = site.Province } }
            : document;

    private static bool IsWarc(InputFile input) => InputEnumerator.FormatOf(input.FullPath) == InputFormat.Warc;

    /// <summary>By extension; a .txt that is really markup is read as HTML.</summary>
    public static InputFormat Detect(InputFile input, ReadOnlySpan<byte> bytes)
    {
        var byName = InputEnumerator.FormatOf(input.FullPath);
        if (byName != InputFormat.Text)
        {
            return byName;
        }

        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : InputFormat.Text;
    }

    private static ArticleDocument Failed(InputFile input, string error) =>
        new() { Source = new ArticleSource { SourceFile = input.DisplayPath, Errors = [error] }, Text = "" };
}
