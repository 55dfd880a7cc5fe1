using Extractor.Documents;
using Extractor.Extraction.Events;
using Extractor.Learning.Classification;
using Extractor.Learning.Corpus;
using Extractor.Pipeline;

namespace Extractor.Learning.Events;

/// <summary>Drops events whose sentence the classifier reads as planned ("sẽ khai mạc vào …"): only events that took place are facts.</summary>
/// <remarks>Runs after the event rules; removes an event only when the classifier is confident (margin above <see cref="MinimumMargin"/>).</remarks>
public sealed class EventTenseStage(TextClassifierModel model, double minimumMargin = EventTenseStage.DefaultMargin) : IArticleProcessor
{
    public const double DefaultMargin = 1.0;

    public string Name => "events-tense-ml";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.Events };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Events };

    public double MinimumMargin => minimumMargin;

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        if (document.Events.IsDefaultOrEmpty)
        {
            return document;
        }

        var kept = document.Events.RemoveAll(e =>
        {
            var sentence = SentenceAround(document.Text, e.Span);

            // "Cùng ngày, …", "Cũng trong ngày, …": the sentence dates its event by one already reported; the rules read
            // plans in it by their markers, and a classifier trained on a few hundred sentences is not asked again.
            if (EventStage.SameDayCueEnd(document.Text, EventStage.WithoutListMarker(document.Text, sentence)) is not null)
            {
                return false;
            }

            var prediction = model.Transform(sentence.Of(document.Text));
            return prediction.Label == nameof(EventTense.Planned) && prediction.Margin >= minimumMargin;
        });
        return document with { Events = kept };
    }

    /// <summary>The sentence holding the start of <paramref name="span"/>: from the previous . ! ? or line break to the next.</summary>
    internal static TextSpan SentenceAround(string text, TextSpan span)
    {
        var at = Math.Clamp(span.Start, 0, text.Length);
        var start = at;
        while (start > 0 && !IsBoundary(text, start - 1))
        {
            start--;
        }

        while (start < at && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = Math.Max(at, Math.Min(span.End, text.Length));
        while (end < text.Length && !IsBoundary(text, end))
        {
            end++;
        }

        return new TextSpan(start, Math.Min(text.Length, end + (end < text.Length ? 1 : 0)));
    }

    private static bool IsBoundary(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
}
