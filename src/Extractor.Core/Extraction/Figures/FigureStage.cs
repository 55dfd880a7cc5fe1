using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Extraction.Figures;

/// <summary>The rule-based figures extractor: counts, percentages, ratios, money and measures stated in the article.</summary>
/// <remarks>
/// Reads every number through the normalizer's grammar (<see cref="Normalization.Numerals.VietnameseNumber"/>) and keeps
/// the quantities: not dates, years, periods, durations, clock times, identifiers, ordinals, anniversaries, page counters
/// or phone numbers, nothing inside <see cref="ArticleDocument.Furniture"/>, and a headline figure restated word for
/// word in the body only once. Stateless and thread-safe.
/// </remarks>
public sealed class FigureStage : IArticleProcessor
{
    public string Name => "figures-rules";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Figures };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var found = FigureRules.Find(document.Text, document.IsFurniture, cancellationToken);
        return document with { Figures = RestatedFigures.Collapse(document.Text, found, document.TitleSpan) };
    }
}
