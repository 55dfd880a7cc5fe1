using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Extraction.Structure;
using Extractor.Facts;
using Extractor.Pipeline;

namespace Extractor.Extraction.Events;

/// <summary>Finds the meetings, conferences, ceremonies and visits the article reports as having taken place, with their resolved dates.</summary>
/// <remarks>
/// Reads the lead (the first paragraphs of prose), where news reports what happened: "Sáng 2-7, [organizer] tổ chức [event]",
/// "[person] chủ trì [event]", "[person] có chuyến thăm và làm việc …", "[organizer] vừa tổ chức [event]" (no day given).
/// Events referred to in passing later in the text, planned events and furniture are left out. Thread-safe.
/// </remarks>
public sealed class EventStage : IArticleProcessor
{
    private const int LeadParagraphs = 2;

    public string Name => "events-rules";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText, ArticleLayer.Dateline, ArticleLayer.Furniture };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Events };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var published = document.Published?.Date;
        var events = ImmutableArray.CreateBuilder<ReportedEvent>();
        var seen = new HashSet<(string, NodaTime.LocalDate?)>();
        var paragraphs = 0;
        foreach (var line in PageLayout.Analyze(text).Lines)
        {
            if (line.Kind != PageLineKind.Body || document.IsFurniture(line.Span))
            {
                continue;
            }

            foreach (var sentence in Sentences(text, line.Span))
            {
                if (EventSentenceReader.Read(text, sentence, published, document.Title) is { } reported && seen.Add((reported.Kind, reported.Date)))
                {
                    events.Add(reported);
                }
            }

            if (++paragraphs >= LeadParagraphs)
            {
                break;
            }
        }

        return document with { Events = events.ToImmutable() };
    }

    /// <summary>The sentences of a paragraph: split after '.', '!' or '?' before a capital, not after an abbreviation ("TP. Nha Trang").</summary>
    internal static IEnumerable<TextSpan> Sentences(string text, TextSpan paragraph)
    {
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End - 1; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < paragraph.End && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= paragraph.End || !char.IsUpper(text[next]) || IsAbbreviation(text, start, i))
            {
                continue;
            }

            yield return new TextSpan(start, i + 1);
            start = next;
        }

        if (start < paragraph.End)
        {
            yield return new TextSpan(start, paragraph.End);
        }
    }

    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var length = dot - wordStart;
        return length is > 0 and <= 3 && char.IsUpper(text[wordStart]);
    }
}
