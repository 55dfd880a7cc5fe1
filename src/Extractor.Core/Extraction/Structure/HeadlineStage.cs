using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Extraction.Structure;

/// <summary>Finds the headline of a captured text: the page's title when known, else the first line that reads as one.</summary>
public sealed class HeadlineStage : IArticleProcessor
{
    public string Name => "headline";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Title };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        if (document.Source.Title is { } known)
        {
            var at = document.Text.IndexOf(known, StringComparison.Ordinal);
            return document with { Title = known, TitleSpan = at < 0 ? null : TextSpan.FromLength(at, known.Length) };
        }

        var text = document.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end].Trim();
            if (line.Length > 0)
            {
                var offset = text.IndexOf(line, start, StringComparison.Ordinal);
                return document with { Title = line, TitleSpan = TextSpan.FromLength(offset, line.Length) };
            }

            start = end + 1;
        }

        return document;
    }
}
