using System.Collections.Frozen;
using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Extraction.Structure;
using Extractor.Facts;
using Extractor.Normalization.Dates;
using Extractor.Pipeline;
using NodaTime;

namespace Extractor.Extraction.Events;

/// <summary>Finds the meetings, conferences, ceremonies and visits the article reports as having taken place, with their resolved dates.</summary>
/// <remarks>
/// Reads the lead (the first paragraphs of prose), where news reports what happened: "Sáng 2-7, [organizer] tổ chức [event]",
/// "[person] chủ trì [event]", "[person] có chuyến thăm và làm việc …", "[organizer] vừa tổ chức [event]" (no day given).
/// Events referred to in passing later in the text, planned events and furniture are left out. Thread-safe.
/// </remarks>
public sealed class EventStage : IArticleProcessor
{
    /// <summary>Paragraphs read whole; past them only sentences opening with their own day are read.</summary>
    private const int LeadParagraphs = 2;

    /// <summary>Kinds reported only when the article leads with them (event-kinds.tsv role "lead-only").</summary>
    private static readonly FrozenSet<string> LeadOnlyKinds = EventLexicon.Default.Role("lead-only").Select(p => p.Kind).ToFrozenSet(StringComparer.Ordinal);

    public string Name => "events-rules";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText, ArticleLayer.Dateline, ArticleLayer.Furniture };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Events };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var published = document.Published?.Date;
        var events = ImmutableArray.CreateBuilder<ReportedEvent>();
        var seen = new List<ReportedEvent>();
        var paragraphs = 0;
        LocalDate? lastDate = null;
        foreach (var line in PageLayout.Analyze(text).Lines)
        {
            if (line.Kind != PageLineKind.Body || document.IsFurniture(line.Span))
            {
                continue;
            }

            var inLead = paragraphs++ < LeadParagraphs;
            var sentences = Sentences(text, line.Span).ToList();
            for (var s = 0; s < sentences.Count; s++)
            {
                var raw = sentences[s];
                var sentence = WithoutListMarker(text, raw);
                // Past the lead, events are mostly referred to in passing; a sentence that opens with a day of the
                // article's own time ("Sáng 27/3, Ban Tổ chức Tỉnh ủy tổ chức lễ kết nạp …", resolved against the
                // dateline) still reports a further event. A day written with its year ("Ngày 13/3/2024, …") is backstory.
                // "Trước đó, sáng cùng ngày, đoàn đã khảo sát …": a further event on the day of the one reported before it.
                var sameDayCue = lastDate is { } anchor && SameDayCueEnd(text, sentence) is { } cueEnd ? (cueEnd, anchor) : ((int, LocalDate)?)null;
                if (!inLead && sameDayCue is null && (published is null || !OpensWithDay(text, sentence)))
                {
                    continue;
                }

                if (EventSentenceReader.Read(text, sentence, published, document.Title, sameDayCue) is { } reported
                    && (inLead || (reported.Date is not null && !LeadOnlyKinds.Contains(reported.Kind)))
                    && !IsRepeat(seen, reported))
                {
                    if (s + 1 < sentences.Count && OpeningDay(text, sentence, sentences[s + 1], reported.Date, published) is { } opened)
                    {
                        reported = reported with { Date = opened };
                    }

                    seen.Add(reported);
                    events.Add(reported);
                    lastDate = reported.Date ?? lastDate;
                }
            }
        }

        return document with { Events = events.ToImmutable() };
    }

    /// <summary>
    /// "Chiều 13/12, Kỳ họp … đã bế mạc. Kỳ họp khai mạc từ sáng 12/12 …": the first day of an event whose close the sentence
    /// reports, when the next sentence gives its opening a few days before; null otherwise.
    /// </summary>
    private static LocalDate? OpeningDay(string text, TextSpan sentence, TextSpan next, LocalDate? closed, LocalDate? published)
    {
        if (closed is not { } close || EventLexicon.Default.FindFirst("closing", text, sentence.Start, sentence.End, ignoreCase: true) is null
            || EventLexicon.Default.FindFirst("opening", text, next.Start, next.End, ignoreCase: true) is not { } opening)
        {
            return null;
        }

        foreach (var mention in DateScanner.Scan(text, opening.Index, next.End, published))
        {
            if (mention.Value is { Granularity: DateGranularity.Day } value && value.Start < close
                && Period.Between(value.Start, close, PeriodUnits.Days).Days <= MaxOpenDays)
            {
                return value.Start;
            }
        }

        return null;
    }

    /// <summary>The longest run of days read as one event from its close back to its opening.</summary>
    private const int MaxOpenDays = 7;

    /// <summary>
    /// True when an event of the same kind and day was already reported by the same organizer, or with an unknown organizer under
    /// a name that holds the other: the article mentions one event again. Two ceremonies on one day held by different bodies, or
    /// named differently with no organizer to tell (a roundup's items), are two events.
    /// </summary>
    private static bool IsRepeat(List<ReportedEvent> seen, ReportedEvent reported)
    {
        foreach (var earlier in seen)
        {
            if (earlier.Kind != reported.Kind || earlier.Date != reported.Date)
            {
                continue;
            }

            var sameOrganizer = earlier.Organizer is null || reported.Organizer is null
                || string.Equals(earlier.Organizer, reported.Organizer, StringComparison.Ordinal);
            if (sameOrganizer && (earlier.Organizer is not null && reported.Organizer is not null || SameName(earlier.Name, reported.Name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one name holds the other ("Hội nghị" in "Hội nghị Ban Chấp hành Đảng bộ tỉnh"): one event named twice.</summary>
    private static bool SameName(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The sentence without a leading list marker ("- ", "* ", "• "): roundups ("Điểm tin", "Trong tuần") list each item as a bullet,
    /// and the item's own day ("- Ngày 16/10, …") must open the sentence for it to be read as a further event.
    /// </summary>
    public static TextSpan WithoutListMarker(string text, TextSpan sentence)
    {
        var at = sentence.Start;
        if (at < sentence.End && text[at] is '-' or '*' or '•' or '+' or '–' or '·')
        {
            at++;
            if (at >= sentence.End || !char.IsWhiteSpace(text[at]))
            {
                return sentence;
            }

            while (at < sentence.End && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            return new TextSpan(at, sentence.End);
        }

        return sentence;
    }

    /// <summary>True when a sentence opens with a day of the article's own time: a lead word of the event lexicon
    /// ("Sáng", "Ngày") and a day and month without a year right after it ("Sáng 27/3", "Ngày 5-6"), or a relative one ("Hôm qua").</summary>
    /// <remarks>A connective may stand before the day ("Trước đó, sáng 12/5, …"): the sentence still reports an event of its own,
    /// told out of order.</remarks>
    internal static bool OpensWithDay(string text, TextSpan sentence)
    {
        var opening = AfterConnective(text, sentence);
        if (EventLexicon.Default.MatchAt("lead", text, opening, ignoreCase: true) is not { } lead)
        {
            return false;
        }

        if (lead.Kind == "relative")
        {
            return true;
        }

        var at = opening + lead.Phrase.Length;
        while (at < sentence.End && text[at] == ' ')
        {
            at++;
        }

        if (at >= sentence.End || !char.IsAsciiDigit(text[at]))
        {
            return false;
        }

        var separators = 0;
        for (; at < sentence.End && (char.IsAsciiDigit(text[at]) || text[at] is '/' or '-' or '.'); at++)
        {
            separators += char.IsAsciiDigit(text[at]) ? 0 : 1;
        }

        return separators == 1;
    }

    /// <summary>
    /// Where a same-day cue opening the sentence ends ("Cùng ngày,", "Trước đó, sáng cùng ngày,"), or null when there is none. The
    /// cue dates the sentence by the event reported before it; a connective ("Trước đó", "Sau đó") may stand before it.
    /// </summary>
    public static int? SameDayCueEnd(string text, TextSpan sentence)
    {
        var at = AfterConnective(text, sentence);
        if (EventLexicon.Default.MatchAt("same-day", text, at, ignoreCase: true) is not { } cue)
        {
            return null;
        }

        return SkipCueSeparators(text, at + cue.Phrase.Length, sentence.End);
    }

    /// <summary>Where the sentence's words begin past a connective opening it ("Trước đó,", "Sau đó,"), or its start when there is none.</summary>
    private static int AfterConnective(string text, TextSpan sentence) =>
        EventLexicon.Default.MatchAt("connective", text, sentence.Start, ignoreCase: true) is { } connective
            ? SkipCueSeparators(text, sentence.Start + connective.Phrase.Length, sentence.End)
            : sentence.Start;

    private static int SkipCueSeparators(string text, int at, int end)
    {
        while (at < end && (text[at] == ',' || char.IsWhiteSpace(text[at])))
        {
            at++;
        }

        return at;
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
