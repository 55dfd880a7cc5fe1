using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Extraction.Structure;

/// <summary>Finds the headline of an article: the page's title when known, else the headline line of the captured text.</summary>
/// <remarks>
/// In plain text the headline is the last headline-like line of the header before the dateline or byline that follows it, with
/// agency tags ("(TTV) ") and glued chrome (" In trang") stripped; a kicker ending in ':' is not joined; when the capture starts
/// inside the article there is no headline (null). Thread-safe.
/// </remarks>
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

        var layout = PageLayout.Analyze(document.Text);
        return document with { Title = layout.Title, TitleSpan = layout.TitleSpan };
    }
}
