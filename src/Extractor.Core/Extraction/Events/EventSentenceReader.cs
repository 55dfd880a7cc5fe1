using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Extractor.Documents;
using Extractor.Facts;
using Extractor.Normalization.Dates;
using NodaTime;

namespace Extractor.Extraction.Events;

/// <summary>Reads the event a lead sentence reports: "Sáng 2-7, Đảng ủy Khối … tổ chức hội nghị cán bộ chủ chốt, …".</summary>
/// <remarks>
/// The date is resolved as the corpus notes say: against the publication date when there is one; else the year comes from the
/// sentence itself (a full date with the same day and month, else the first year written there); else it stays null.
/// A verb after "sẽ", "dự kiến" … is a plan and gives nothing. Stateless and thread-safe.
/// </remarks>
internal static partial class EventSentenceReader
{
    private const int MaxOrganizerLength = 150;
    private static readonly EventLexicon Lexicon = EventLexicon.Default;

    public static ReportedEvent? Read(string text, TextSpan sentence, LocalDate? published, string? title)
    {
        var mentions = DateScanner.Scan(text, sentence.Start, sentence.End, published);
        DateMention? when = null;
        foreach (var mention in mentions)
        {
            if (mention.IsCued && (mention.IsDay || mention.DayMonth is not null) && mention.Value?.End is null)
            {
                when = mention;
                break;
            }
        }

        var from = when?.Span.End ?? sentence.Start;
        var trigger = FindTrigger(text, from, sentence.End);
        if (trigger is not { } t)
        {
            return null;
        }

        var before = text[sentence.Start..t.Index];
        if (Lexicon.FindFirst("planned", before, 0, before.Length, ignoreCase: true) is not null)
        {
            return null;
        }

        var recent = Lexicon.FindFirst("recent", before, 0, before.Length, ignoreCase: true) is not null;
        if (when is null && !recent)
        {
            return null;
        }

        string kind;
        string name;
        int nameEnd;
        var afterVerb = SkipSpaces(text, t.Index + t.Phrase.Length, sentence.End);
        if (t.Role == "act")
        {
            kind = t.Kind;
            name = title is { } h && (h.Contains("làm việc", StringComparison.OrdinalIgnoreCase) || h.StartsWith(kind, StringComparison.OrdinalIgnoreCase))
                ? h
                : text.Substring(t.Index, t.Phrase.Length);
            nameEnd = t.Index + t.Phrase.Length;
        }
        else
        {
            if (Lexicon.MatchAt("noun", text, afterVerb, ignoreCase: true) is not { } noun)
            {
                return null;
            }

            kind = noun.Kind;
            nameEnd = NameEnd(text, afterVerb + noun.Phrase.Length, sentence.End);
            name = Collapse(text[afterVerb..nameEnd]);
        }

        var subject = Subject(text, from, t.Index);
        string? organizer = null;
        string? chair = null;
        if (subject is { } s)
        {
            var isPerson = Lexicon.MatchAt("honorific", s, 0, ignoreCase: true) is not null;
            if (t.Role == "organize" && !isPerson)
            {
                organizer = s;
            }
            else if (isPerson || t.Role == "chair")
            {
                chair = s;
            }
        }

        var date = ResolveDate(when, mentions, published);
        var start = when?.Span.Start ?? t.Index;
        return new ReportedEvent(kind, name, date, organizer, Participants(text, sentence), new TextSpan(start, Math.Max(nameEnd, t.Index + t.Phrase.Length)))
        {
            Chair = chair,
            Place = Place(text, from, t.Index),
        };
    }

    /// <summary>The first reporting verb after <paramref name="from"/>: "tổ chức" (lowercase only), "chủ trì", or an act ("thăm và làm việc").</summary>
    private static (int Index, string Phrase, string Role, string Kind)? FindTrigger(string text, int from, int end)
    {
        (int, string, string, string)? best = null;
        foreach (var role in new[] { "organize", "chair", "act" })
        {
            if (Lexicon.FindFirst(role, text, from, end, ignoreCase: role == "act") is { } found && (best is null || found.Index < best.Value.Item1))
            {
                best = (found.Index, found.Phrase, role, found.Kind);
            }
        }

        return best;
    }

    private static LocalDate? ResolveDate(DateMention? when, ImmutableArray<DateMention> mentions, LocalDate? published)
    {
        if (when is null)
        {
            return null;
        }

        if (when.Value is { } value && (!value.YearFromReference || published is not null))
        {
            return value.Start;
        }

        if (when.DayMonth is not { } dayMonth)
        {
            return null;
        }

        // No publication date: a full date with the same day and month in the sentence, else the first year written there.
        int? sameDay = null;
        int? firstYear = null;
        foreach (var mention in mentions)
        {
            if (ReferenceEquals(mention, when) || mention.Value is not { } v || v.YearFromReference)
            {
                continue;
            }

            if (v.Granularity is DateGranularity.Day or DateGranularity.Minute)
            {
                foreach (var day in v.End is { } end ? new[] { v.Start, end } : [v.Start])
                {
                    if (day.Month == dayMonth.Month && day.Day == dayMonth.Day && (sameDay is null || day.Year > sameDay))
                    {
                        sameDay = day.Year;
                    }
                }
            }

            firstYear ??= v.Start.Year;
        }

        var year = sameDay ?? firstYear;
        return year is { } y ? when.DayIn(y) : null;
    }

    /// <summary>Where the event's name ends: a stop word, a semicolon, the sentence's end, a date in brackets, or a comma not followed by a continuation.</summary>
    private static int NameEnd(string text, int from, int end)
    {
        var i = from;
        while (i < end)
        {
            var c = text[i];
            if (c is ';' or '.' or ':' or '"' or '“' or '”' or '\n')
            {
                if (c == '.' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (c == ',')
            {
                var next = SkipSpaces(text, i + 1, end);
                if (Lexicon.MatchAt("continue", text, next, ignoreCase: true) is not null)
                {
                    i = next;
                    continue;
                }

                break;
            }

            if (c == '(' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                var next = SkipSpaces(text, i, end);
                if (Lexicon.MatchAt("stop", text, next, ignoreCase: false) is not null)
                {
                    break;
                }

                i = next;
                continue;
            }

            i++;
        }

        while (i > from && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The grammatical subject between the date and the verb: "Đảng ủy Khối các Cơ quan tỉnh", without "tại …," or "đã".</summary>
    private static string? Subject(string text, int from, int verb)
    {
        var s = text[from..verb];
        s = s.TrimStart(',', ' ', '-', '–', ')', ':');
        if (s.StartsWith("tại ", StringComparison.OrdinalIgnoreCase))
        {
            var comma = s.IndexOf(',', StringComparison.Ordinal);
            s = comma < 0 ? "" : s[(comma + 1)..];
        }

        var cooperation = s.IndexOf(" phối hợp", StringComparison.Ordinal);
        if (cooperation > 0)
        {
            s = s[..cooperation];
        }

        s = TrailingAuxiliary().Replace(s.Trim(), "").Trim(' ', ',');
        s = Collapse(s);
        return s.Length is 0 or > MaxOrganizerLength ? null : s;
    }

    private static string? Place(string text, int from, int verb)
    {
        var match = PlaceClause().Match(text[from..verb]);
        return match.Success ? Collapse(match.Groups["place"].Value.Trim()) : null;
    }

    /// <summary>Who attended, as written: "Tham dự hội nghị có đồng chí A, …; đồng chí B, …" split at semicolons.</summary>
    private static ImmutableArray<string> Participants(string text, TextSpan sentence)
    {
        var paragraphEnd = text.IndexOf('\n', sentence.End);
        var scope = text[sentence.Start..(paragraphEnd < 0 ? text.Length : paragraphEnd)];
        var match = Attendance().Match(scope);
        if (!match.Success)
        {
            return [];
        }

        return [.. match.Groups["who"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length > 0).Select(Collapse)];
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"(\s+(đã|đang|vừa|long trọng|chính thức|cùng))+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAuxiliary();

    [GeneratedRegex(@"^[,\s]*tại\s+(?<place>[^,;]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceClause();

    [GeneratedRegex(@"(?:Tham dự|Tới dự|Đến dự|Dự)(?:\s+(?:buổi lễ|hội nghị|lễ|kỳ họp|chương trình|buổi làm việc))?\s+có\s+(?<who>[^.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Attendance();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
