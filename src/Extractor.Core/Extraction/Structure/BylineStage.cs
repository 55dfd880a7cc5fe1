using Extractor.Documents;
using Extractor.Facts;
using Extractor.Pipeline;

namespace Extractor.Extraction.Structure;

/// <summary>Reads the authors from bylines at the start or end of the article ("THÀNH NAM", "T.LĨNH - V.ANH", "Tin, ảnh: HẠNH CHÂU").</summary>
/// <remarks>Names are kept as written; photo credits are not authors. Without a byline in the text, the page's metadata authors are used when the text contains them. Thread-safe.</remarks>
public sealed class BylineStage : IArticleProcessor
{
    public string Name => "byline";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Authors };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var layout = PageLayout.Analyze(document.Text);
        if (!layout.Authors.IsEmpty)
        {
            return document with { Authors = layout.Authors };
        }

        var fromMetadata = new List<Author>();
        foreach (var name in document.Source.Authors)
        {
            var at = string.IsNullOrWhiteSpace(name) ? -1 : document.Text.LastIndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                fromMetadata.Add(new Author(name, TextSpan.FromLength(at, name.Length)));
            }
        }

        return fromMetadata.Count == 0 ? document : document with { Authors = [.. fromMetadata] };
    }
}
