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

    /// <summary>The longest run of days still read as one event's sitting (a congress, a training course).</summary>
    private const int MaxEventDays = 7;
    private static readonly EventLexicon Lexicon = EventLexicon.Default;

    /// <param name="sameDay">
    /// When the sentence opens with "Cùng ngày, …" or "Trước đó, sáng cùng ngày, …": where that cue ends and the day of the event
    /// reported before it, which the cue refers to. Used only when the sentence writes no day of its own.
    /// </param>
    public static ReportedEvent? Read(string text, TextSpan sentence, LocalDate? published, string? title, (int CueEnd, LocalDate Date)? sameDay = null) =>
        ReadAfterDay(text, sentence, published, title, sameDay) ?? ReadSubjectBeforeDay(text, sentence, published)
        ?? ReadHeldByBeforeDay(text, sentence, published);

    /// <summary>
    /// "Theo báo cáo tại Hội nghị sơ kết … do UBND huyện X tổ chức sáng 17/6, …": the event is named first, its organizer after
    /// "do", and the organizing verb comes right before the day (a subordinate clause of a sentence about something else).
    /// </summary>
    private static ReportedEvent? ReadHeldByBeforeDay(string text, TextSpan sentence, LocalDate? published)
    {
        var mentions = DateScanner.Scan(text, sentence.Start, sentence.End, published);
        var when = mentions.FirstOrDefault(IsEventDay);
        if (when is null || OrganizeVerbBefore(text, sentence.Start, when.Span.Start) is not { } verb
            || Lexicon.FindFirst("planned", text, sentence.Start, verb, ignoreCase: true) is not null)
        {
            return null;
        }

        var by = text.LastIndexOf(" do ", verb, verb - sentence.Start, StringComparison.Ordinal);
        if (by < 0)
        {
            return null;
        }

        var organizer = Collapse(text[(by + 4)..verb]);
        if (organizer.Length is 0 or > MaxOrganizerLength || !char.IsUpper(organizer[0])
            || Lexicon.MatchAt("honorific", organizer, 0, ignoreCase: true) is not null
            || NamedBefore(text, sentence.Start, by) is not { } named)
        {
            return null;
        }

        return new ReportedEvent(named.Kind, named.Name, ResolveDate(when, mentions, published), organizer, Participants(text, sentence),
            new TextSpan(named.Start, when.Span.End))
        {
            Chair = ChairInParagraph(text, sentence),
        };
    }

    /// <summary>Where an organizing verb ("tổ chức") starts when it ends right before the day (linking words such as "vào" allowed), or null.</summary>
    private static int? OrganizeVerbBefore(string text, int start, int day)
    {
        int? found = null;
        for (var hit = Lexicon.FindFirst("organize", text, start, day, ignoreCase: false); hit is { } h;
             hit = Lexicon.FindFirst("organize", text, h.Index + h.Phrase.Length, day, ignoreCase: false))
        {
            var gap = Collapse(text[(h.Index + h.Phrase.Length)..day]);
            if (gap.Length == 0 || Lexicon.Role("day-link").Any(link => string.Equals(link.Phrase, gap, StringComparison.OrdinalIgnoreCase)))
            {
                found = h.Index;
            }
        }

        return found;
    }

    /// <summary>The capitalised event whose name runs without a break right up to <paramref name="end"/> ("Hội nghị sơ kết … nông thôn mới").</summary>
    private static (string Kind, string Name, int Start)? NamedBefore(string text, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if ((at > start && !char.IsWhiteSpace(text[at - 1])) || !char.IsUpper(text[at]) || EventNounAt(text, at) is not { } noun)
            {
                continue;
            }

            if (NameEnd(text, noun.End, end) == end)
            {
                return (noun.Kind, Collapse(text[at..end]), at);
            }
        }

        return null;
    }

    /// <summary>
    /// "Cuộc diễn tập khu vực phòng thủ huyện … diễn ra từ 24-26/10 với …": the event opens the sentence, the verb saying it took place
    /// follows, and the day comes last.
    /// </summary>
    private static ReportedEvent? ReadSubjectBeforeDay(string text, TextSpan sentence, LocalDate? published)
    {
        var mentions = DateScanner.Scan(text, sentence.Start, sentence.End, published);
        var when = mentions.FirstOrDefault(IsEventDay);
        if (when is null || SubjectEventBeforeDate(text, sentence.Start, when.Span.Start) is not { } early)
        {
            return null;
        }

        return new ReportedEvent(early.Kind, early.Name, ResolveDate(when, mentions, published), null, Participants(text, sentence),
            new TextSpan(early.Start, when.Span.End))
        {
            Chair = ChairInParagraph(text, sentence),
        };
    }

    private static ReportedEvent? ReadAfterDay(string text, TextSpan sentence, LocalDate? published, string? title, (int CueEnd, LocalDate Date)? sameDay)
    {
        var mentions = DateScanner.Scan(text, sentence.Start, sentence.End, published);
        DateMention? when = null;
        foreach (var mention in mentions)
        {
            if (IsEventDay(mention))
            {
                when = mention;
                break;
            }
        }

        var anchored = when is null && sameDay is not null;
        var from = when?.Span.End ?? (anchored ? sameDay!.Value.CueEnd : sentence.Start);
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

        // "UBND tỉnh yêu cầu các sở kiểm tra việc …": an inspection asked for is not one that took place.
        if (t.Role == "inspect" && Lexicon.FindFirst("directive", before, 0, before.Length, ignoreCase: true) is not null)
        {
            return null;
        }

        var recent = Lexicon.FindFirst("recent", before, 0, before.Length, ignoreCase: true) is not null;
        if (when is null && !recent && !anchored)
        {
            return null;
        }

        string kind;
        string name;
        int nameEnd;
        var afterVerb = SkipSpaces(text, t.Index + t.Phrase.Length, sentence.End);
        var subjectIsEvent = false;
        if (t.Role == "act")
        {
            kind = t.Kind;
            name = title is { } h && (h.Contains("làm việc", StringComparison.OrdinalIgnoreCase) || h.StartsWith(kind, StringComparison.OrdinalIgnoreCase))
                ? h
                : text.Substring(t.Index, t.Phrase.Length);
            nameEnd = t.Index + t.Phrase.Length;
        }
        else if (t.Role == "inspect")
        {
            // "Đoàn giám sát … giám sát việc thực hiện chính sách …": the activity and its object are the name.
            kind = t.Kind;
            nameEnd = NameEnd(text, afterVerb, sentence.End);
            name = Collapse(text[t.Index..Math.Max(nameEnd, t.Index + t.Phrase.Length)]);
        }
        else if (EventNounAt(text, afterVerb) is { } noun)
        {
            kind = noun.Kind;
            nameEnd = NameEnd(text, noun.End, sentence.End);
            name = Collapse(text[afterVerb..nameEnd]);
        }
        else if (t.Role is "organize" or "occur" && SubjectEvent(text, from, t.Index) is { } subjectEvent)
        {
            // "Chiều 10/7, sau 2 ngày làm việc, Kỳ họp thứ 20 HĐND tỉnh khóa XIX đã bế mạc": the event is the subject.
            kind = subjectEvent.Kind;
            name = subjectEvent.Name;
            nameEnd = t.Index + t.Phrase.Length;
            subjectIsEvent = true;
        }
        else
        {
            return null;
        }

        // A guest ("đoàn công tác đã dự lễ …") neither holds nor chairs the event it attends.
        var subject = subjectIsEvent || t.Role is "occur" or "attend" ? null : Subject(text, from, t.Index);
        string? organizer = null;
        string? chair = null;
        if (subject is { } s)
        {
            var isPerson = Lexicon.MatchAt("honorific", s, 0, ignoreCase: true) is not null;
            // "đoàn đã khảo sát …": a lowercase subject refers back to a body named earlier; it names no organizer.
            if (t.Role is "organize" or "inspect" && !isPerson && char.IsUpper(s[0]))
            {
                organizer = s;
            }
            else if (isPerson || t.Role == "chair")
            {
                chair = s;
            }
        }

        var date = anchored ? sameDay!.Value.Date : ResolveDate(when, mentions, published);
        var start = when?.Span.Start ?? (anchored ? sentence.Start : t.Index);
        return new ReportedEvent(kind, name, date, organizer, Participants(text, sentence), new TextSpan(start, Math.Max(nameEnd, t.Index + t.Phrase.Length)))
        {
            Chair = chair ?? ChairInParagraph(text, sentence),
            Place = Place(text, from, t.Index),
        };
    }

    /// <summary>The first reporting verb after <paramref name="from"/>: "tổ chức" (lowercase only), "chủ trì", or an act ("thăm và làm việc").</summary>
    private static (int Index, string Phrase, string Role, string Kind)? FindTrigger(string text, int from, int end)
    {
        (int, string, string, string)? best = null;
        foreach (var role in TriggerRoles)
        {
            var ignoreCase = role is "act" or "inspect" or "occur";
            var found = Lexicon.FindFirst(role, text, from, end, ignoreCase);

            // "Đoàn giám sát …": an activity word naming the delegation, not the verb.
            // "dự" reports an event only when one is named right after it ("dự lễ bàn giao"), not in "dự và phát biểu".
            while (found is { } f && (role == "inspect" && FollowsModifiedNoun(text, from, f.Index)
                || role == "attend" && Lexicon.MatchAt("noun", text, SkipSpaces(text, f.Index + f.Phrase.Length, end), ignoreCase: true) is null))
            {
                found = Lexicon.FindFirst(role, text, f.Index + f.Phrase.Length, end, ignoreCase);
            }

            if (found is { } hit && (best is null || hit.Index < best.Value.Item1))
            {
                best = (hit.Index, hit.Phrase, role, hit.Kind);
            }
        }

        return best;
    }

    /// <summary>
    /// The event noun at <paramref name="at"/> and where it ends, also after a contest's round ("Chung kết Hội thi …", "vòng bán kết
    /// Giải …"): the round opens the name, the noun gives the kind.
    /// </summary>
    private static (string Kind, int End)? EventNounAt(string text, int at)
    {
        if (Lexicon.MatchAt("noun", text, at, ignoreCase: true) is { } noun)
        {
            return (noun.Kind, at + noun.Phrase.Length);
        }

        if (Lexicon.MatchAt("stage", text, at, ignoreCase: true) is { } stage
            && SkipSpaces(text, at + stage.Phrase.Length, text.Length) is var after
            && Lexicon.MatchAt("noun", text, after, ignoreCase: true) is { } staged)
        {
            return (staged.Kind, after + staged.Phrase.Length);
        }

        return null;
    }

    /// <summary>The verbs that report an event, by role (see <c>event-kinds.tsv</c>).</summary>
    private static readonly string[] TriggerRoles = ["organize", "chair", "act", "inspect", "occur", "attend"];

    /// <summary>True when the word before <paramref name="index"/> is a noun the activity word modifies ("Đoàn giám sát", "đợt giám sát").</summary>
    private static bool FollowsModifiedNoun(string text, int from, int index)
    {
        var end = index;
        while (end > from && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > from && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && Lexicon.MatchAt("activity-noun", text[start..end], 0, ignoreCase: true) is { } m && m.Phrase.Length == end - start;
    }

    /// <summary>
    /// The event a sentence's subject names, written before a verb saying it took place ("Kỳ họp thứ 20 … đã bế mạc",
    /// "Hội nghị … đã diễn ra"): an event noun, capitalised, opening the subject or a clause of it.
    /// </summary>
    private static (string Kind, string Name)? SubjectEvent(string text, int from, int verb)
    {
        var at = from;
        while (at < verb)
        {
            at = SkipSpaces(text, at, verb);
            while (at < verb && text[at] is ',' or '-' or '–' or ':')
            {
                at = SkipSpaces(text, at + 1, verb);
            }

            if (at >= verb)
            {
                break;
            }

            if (char.IsUpper(text[at]) && Lexicon.MatchAt("noun", text, at, ignoreCase: true) is { } noun)
            {
                var name = TrailingAuxiliary().Replace(Collapse(text[at..verb]), "").Trim(' ', ',');
                var comma = name.IndexOf(", nhiệm kỳ", StringComparison.OrdinalIgnoreCase);
                return (noun.Kind, comma > 0 ? name[..comma] : name);
            }

            // Skip a leading clause ("sau 2 ngày làm việc,", "tại Hội trường Tỉnh ủy,") to the next comma.
            var next = text.IndexOf(',', at, verb - at);
            if (next < 0)
            {
                break;
            }

            at = next + 1;
        }

        return null;
    }

    /// <summary>
    /// The event a sentence opens with when the verb saying it took place comes before the day ("Hội nghị … diễn ra ngày 5/6",
    /// "Cuộc diễn tập … diễn ra từ 24-26/10"): an occur verb right before the day (with "vào", "trong", "từ" between), and an
    /// event noun opening the sentence. Not a plan ("sẽ diễn ra", "dự kiến diễn ra").
    /// </summary>
    private static (string Kind, string Name, int Start)? SubjectEventBeforeDate(string text, int start, int date)
    {
        var verb = Lexicon.FindFirst("occur", text, start, date, ignoreCase: true);
        if (verb is not { } v || Lexicon.FindFirst("planned", text, start, v.Index, ignoreCase: true) is not null)
        {
            return null;
        }

        // Only a few linking words between the verb and the day.
        var gap = Collapse(text[(v.Index + v.Phrase.Length)..date]);
        if (gap.Length > 0 && !Lexicon.Role("day-link").Any(link => string.Equals(link.Phrase, gap, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var at = SkipSpaces(text, start, v.Index);
        if (at >= v.Index || !char.IsUpper(text[at]) || Lexicon.MatchAt("noun", text, at, ignoreCase: true) is not { } noun)
        {
            return null;
        }

        var name = TrailingAuxiliary().Replace(Collapse(text[at..v.Index]), "").Trim(' ', ',');
        return (noun.Kind, name, at);
    }

    /// <summary>"Đại tá Lò Văn Pọm, Chỉ huy trưởng … chủ trì hội nghị.": who chaired, from a sentence of the event's paragraph.</summary>
    private static string? ChairInParagraph(string text, TextSpan sentence)
    {
        var paragraphEnd = text.IndexOf('\n', sentence.Start);
        var scope = text[sentence.Start..(paragraphEnd < 0 ? text.Length : paragraphEnd)];
        var match = ChairClause().Match(scope);
        if (!match.Success)
        {
            return null;
        }

        var who = Collapse(match.Groups["who"].Value);
        var by = who.LastIndexOf(" do ", StringComparison.Ordinal);
        if (by >= 0)
        {
            who = who[(by + 4)..]; // "Hội nghị do đồng chí X chủ trì"
        }

        // "dưới sự chủ trì của …" names the chair after the verb; a clause holding a verb of its own is not a name.
        return who.Length is > 0 and <= MaxOrganizerLength && char.IsUpper(who[0]) && !who.EndsWith(" sự", StringComparison.Ordinal)
            && !who.Contains(" tổ chức ", StringComparison.Ordinal) && Lexicon.FindFirst("organize", who, 0, who.Length, ignoreCase: false) is null
            ? who
            : null;
    }

    /// <summary>A cued day ("Sáng 2-7", "ngày 16/8") or a run of a few days, as an event is dated; not a campaign's period.</summary>
    private static bool IsEventDay(DateMention mention) =>
        mention.IsCued && (((mention.IsDay || mention.DayMonth is not null) && mention.Value?.End is null)
            || (mention.Value is { } range && IsMultiDayEvent(range)));

    /// <summary>
    /// "Trong 2 ngày 11 - 12/9": a run of a few days is when a congress or conference sat, and the event is dated by its first
    /// day, as "17 và 18/7" is. A longer span ("từ 1/7 đến 31/12") is a campaign's period, not an event's day.
    /// </summary>
    private static bool IsMultiDayEvent(DateValue value) =>
        value.Granularity == DateGranularity.Day && value.End is { } end && end > value.Start && Period.Between(value.Start, end, PeriodUnits.Days).Days <= MaxEventDays;

    /// <summary>
    /// The event's day, moved back to the first day of a run of a few days written in the same sentence that holds it
    /// ("Chiều 10/12, sau 2 ngày làm việc (từ ngày 9 đến 10/12), Kỳ họp … bế mạc": a multi-day event takes its first day).
    /// </summary>
    private static LocalDate? ResolveDate(DateMention? when, ImmutableArray<DateMention> mentions, LocalDate? published)
    {
        var day = ResolveWrittenDate(when, mentions, published);
        if (day is not { } d)
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            if (!ReferenceEquals(mention, when) && mention.Value is { } run && IsMultiDayEvent(run) && run.Start < d && run.End >= d)
            {
                return run.Start;
            }
        }

        return d;
    }

    private static LocalDate? ResolveWrittenDate(DateMention? when, ImmutableArray<DateMention> mentions, LocalDate? published)
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
            if (ReferenceEquals(mention, when) || mention.Value is not { } v || v.YearFromReference || IsSpanOfYears(v))
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

    /// <summary>"nhiệm kỳ 2021 - 2026", "giai đoạn 2021-2025": a term or a period of several years, which never dates one sitting.</summary>
    private static bool IsSpanOfYears(DateValue value) =>
        value.End is { } end && end.Year != value.Start.Year && value.Granularity is not (DateGranularity.Day or DateGranularity.Minute);

    /// <summary>Where the event's name ends: a stop word, a semicolon, the sentence's end, a date in brackets, or a comma not followed by a continuation.</summary>
    private static int NameEnd(string text, int from, int end)
    {
        var i = from;
        var bodyTerm = false;
        while (i < end)
        {
            var c = text[i];
            // A quoted title right in the name ("chương trình “Xuân ấm” năm 2024") belongs to it; a quote with no close ends it.
            if (c is '"' or '“' && i > from && QuoteClose(text, i, end) is { } close)
            {
                i = close + 1;
                continue;
            }

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
                // After the body and its term, the term's years only restate it: "Kỳ họp thứ 9, HĐND tỉnh khóa XIII, nhiệm kỳ …".
                var term = BodyTermFollows(text, next, end);
                if (term || (Lexicon.MatchAt("continue", text, next, ignoreCase: true) is not null
                    && !(bodyTerm && Lexicon.MatchAt("term", text, next, ignoreCase: true) is not null)))
                {
                    bodyTerm |= term;
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

    /// <summary>Where the quote opened at <paramref name="open"/> closes, within the sentence and on the same line; null when it does not.</summary>
    private static int? QuoteClose(string text, int open, int end)
    {
        var closer = text[open] == '“' ? '”' : '"';
        for (var j = open + 1; j < end && text[j] != '\n'; j++)
        {
            if (text[j] == closer)
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// After a comma, the elected body and its term go on with the name: "Kỳ họp thứ 19, HĐND tỉnh khóa XIII", "trước Kỳ họp thứ 7,
    /// Quốc hội khóa XV". The clause up to the next comma opens with a capital and ends with "khóa" and a Roman numeral.
    /// </summary>
    private static bool BodyTermFollows(string text, int at, int end)
    {
        if (at >= end || !char.IsUpper(text[at]))
        {
            return false;
        }

        var clauseEnd = at;
        while (clauseEnd < end && text[clauseEnd] is not (',' or ';' or '.' or ':' or '\n'))
        {
            clauseEnd++;
        }

        return BodyTerm().IsMatch(text[at..clauseEnd]);
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

        // "Tổ đại biểu … gồm bà X, … và ông Y, …": the members listed after "gồm" are not part of the body's name.
        var members = s.IndexOf(" gồm ", StringComparison.Ordinal);
        if (members > 0)
        {
            s = s[..members];
        }

        var cooperation = s.IndexOf(" phối hợp", StringComparison.Ordinal);
        if (cooperation > 0)
        {
            s = s[..cooperation];
        }

        // "Đoàn giám sát … do bà X, Chủ tịch … làm trưởng đoàn,": the head of the delegation is not part of its name.
        // "… làm trưởng đoàn đã kiểm tra …": the auxiliary before the verb goes first, so the head of the delegation is seen.
        s = LedBy().Replace(TrailingAuxiliary().Replace(s.TrimEnd(' ', ','), "").TrimEnd(' ', ','), "");

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
        if (!match.Success && paragraphEnd >= 0)
        {
            // The lead often names the event, and the next paragraph who chaired and who attended ("Dự có …").
            var next = paragraphEnd;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var nextEnd = text.IndexOf('\n', next);
            match = Attendance().Match(text[next..(nextEnd < 0 ? text.Length : nextEnd)]);
        }

        if (!match.Success)
        {
            return [];
        }

        return [.. ParticipantSeparator().Split(match.Groups["who"].Value).Select(p => Collapse(p.Trim(' ', ',', ':'))).Where(p => p.Length > 0)];
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

    /// <summary>Words between the subject and the verb: auxiliaries, and "đến"/"tới" of "đã đến thăm", "tới dự".</summary>
    [GeneratedRegex(@"(\s+(đã|đang|vừa|long trọng|chính thức|cùng|đến|tới|tiếp tục))+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAuxiliary();

    [GeneratedRegex(@"^[,\s]*tại\s+(?<place>[^,;]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceClause();

    /// <summary>"Dự có …", "Cùng dự có …", "Tham dự hội nghị có …", "với sự tham dự của …": who attended.</summary>
    [GeneratedRegex(@"(?:(?:(?:[Cc]ùng|[Cc]ũng) (?:tham dự|tới dự|đến dự|dự)|Tham dự|Tới dự|Đến dự|Dự)(?:\s+(?:buổi lễ|hội nghị|lễ|kỳ họp|chương trình|buổi làm việc|buổi tiếp xúc|hội thảo|tọa đàm|buổi gặp mặt|buổi họp mặt))?\s+có\s+|với sự tham dự của\s+)(?<who>[^.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Attendance();

    /// <summary>Between attendees: a semicolon, or "và" before an honorific or rank ("… Sở Nội vụ và đồng chí Y Khiêm, …").</summary>
    [GeneratedRegex(@";|\s+và\s+(?=(?:các đồng chí|đồng chí|đ/c|Đ/c|ông|bà|Đại tá|Thượng tá|Trung tá|Thiếu tướng)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipantSeparator();

    /// <summary>A sentence of the paragraph whose subject chaired: "[who] (đã) chủ trì (hội nghị)".</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<who>[^.!?;]{3,200}?)\s+(?:đã\s+|cùng\s+)?(?:đồng\s+)?chủ trì(?=[\s.,;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ChairClause();

    /// <summary>" do bà X, Chủ tịch … làm trưởng đoàn" / "… dẫn đầu" at the end of a delegation's name.</summary>
    [GeneratedRegex(@"\s+do\s+.+?\s+(?:làm trưởng đoàn|làm trưởng ban|dẫn đầu)$", RegexOptions.CultureInvariant)]
    private static partial Regex LedBy();

    /// <summary>A body and its term: "HĐND tỉnh khóa XIII", "Quốc hội khoá XV" (the clause ends with the term).</summary>
    [GeneratedRegex(@"^\p{Lu}[^,;]*\skh(?:óa|oá)\s+[IVXLC]+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyTerm();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
