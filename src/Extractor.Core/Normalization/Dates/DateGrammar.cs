using NodaTime;

namespace Extractor.Normalization.Dates;

/// <summary>The grammar of Vietnamese date and time expressions: reads atoms (clock time, weekday, part of day, calendar unit) and joins the ones written together.</summary>
/// <remarks>Thread-safe: all state is per call. Forms covered: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, day-month without a
/// year, "ngày 5 tháng 7 năm 2023", English CMS stamps ("Jul 11, 2024"), weekdays, parts of the day, clock times (09:07, 17h30, 8 giờ 30 phút, 02:42 CH), (GMT+7),
/// relative days, months, quarters, halves, years and periods.</remarks>
internal sealed partial class DateGrammar
{
    private const string DayWord = "ngày";
    private const string MonthWord = "tháng";
    private const string YearWord = "năm";
    private const string QuarterWord = "quý";
    private const string HourWord = "giờ";
    private const string MinuteWord = "phút";
    private const string SecondWord = "giây";
    private const string FromWord = "từ";
    private const string ToWord = "đến";
    private const string ToWord2 = "tới";
    private const string HalfWord = "nửa";

    private static readonly string[] GrammarWords =
    [
        DayWord, MonthWord, YearWord, QuarterWord, HourWord, MinuteWord, SecondWord, FromWord, ToWord, ToWord2, HalfWord,
        "h", "g", "t", "q", "cho", "hôm", "mùng", "mồng", "lúc", "vào", "gmt", "utc", "đầu", "cuối", "lần", "khóa", "khoá", "kỳ", "phiên",
    ];

    private readonly DateVocabulary _vocabulary;

    public DateGrammar(DateVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        Tokenizer = new DateTokenizer(GrammarWords.Concat(vocabulary.Words));
    }

    public static DateGrammar Default { get; } = new(DateVocabulary.Load());

    public DateTokenizer Tokenizer { get; }

    /// <summary>Reads the longest date expression starting at token <paramref name="i"/>.</summary>
    /// <returns>The index after the expression, or -1 when none starts here; <paramref name="firstToken"/> is where its span begins.</returns>
    public int TryExpression(List<DateToken> t, int i, out DateParts parts, out int firstToken)
    {
        parts = new DateParts();
        firstToken = -1;
        var last = -1;
        var k = i;
        var openParen = false;
        var rangeJoiner = false;
        while (k < t.Count)
        {
            // Cue words and joiners between atoms.
            var j = k;
            var joinerIsRange = false;
            var cueStart = -1;
            while (j < t.Count)
            {
                var token = t[j];
                if (token.LineBefore && last >= 0)
                {
                    break;
                }

                if (IsCueWord(t, j) && !_vocabulary.TryMatch(t, j, "relative-day", out _, out _))
                {
                    if (cueStart < 0)
                    {
                        cueStart = j;
                    }

                    if (token.IsWord(FromWord) || token.IsWord(ToWord) || token.IsWord(ToWord2))
                    {
                        joinerIsRange = token.IsWord(ToWord) || token.IsWord(ToWord2) || joinerIsRange;
                    }

                    j++;
                    continue;
                }

                if (last >= 0 && token.Kind == DateTokenKind.Symbol && token.Symbol is ',' or '|' or '(' or '-' or '–' or '—')
                {
                    joinerIsRange |= token.IsDash;
                    openParen |= token.Symbol == '(';
                    j++;
                    continue;
                }

                if (last < 0 && token.Is('(') && cueStart < 0 && j + 1 < t.Count && IsGmt(t, j + 1))
                {
                    break;
                }

                break;
            }

            if (j >= t.Count || (t[j].LineBefore && last >= 0))
            {
                break;
            }

            var atom = new DateParts();
            var end = TryAtom(t, j, atom, last >= 0);
            if (end < 0)
            {
                break;
            }

            if (!Merge(parts, atom, joinerIsRange || rangeJoiner))
            {
                break;
            }

            if (cueStart >= 0 && !(t[cueStart].IsWord(ToWord) || t[cueStart].IsWord(ToWord2)) || cueStart >= 0 && last >= 0)
            {
                parts.Cued = true;
            }

            if (firstToken < 0)
            {
                firstToken = cueStart >= 0 ? cueStart : j;
            }

            last = end;
            k = end;
            rangeJoiner = false;
        }

        if (last < 0 || (!parts.HasCalendar && parts.Time is null && parts.Weekday == 0))
        {
            return -1;
        }

        // A part of the day alone in front of the expression is part of it; a closing parenthesis after "(19/7)" too.
        if (openParen && last < t.Count && t[last].Is(')'))
        {
            last++;
        }

        return last;
    }

    private static bool IsCueWord(List<DateToken> t, int j)
    {
        var token = t[j];
        if (token.Kind != DateTokenKind.Word || token.Word is null)
        {
            return false;
        }

        return token.Word switch
        {
            DayWord or "mùng" or "mồng" or "lúc" or "vào" => j + 1 < t.Count && !t[j + 1].LineBefore,
            "hôm" => j + 1 < t.Count && t[j + 1].IsNumber,
            FromWord or ToWord or ToWord2 => j + 1 < t.Count && (t[j + 1].IsNumber || t[j + 1].IsWord(DayWord) || t[j + 1].IsWord(MonthWord)),
            _ => false,
        };
    }

    /// <summary>One atom at <paramref name="j"/>: a calendar unit, clock time, weekday, part of the day, relative day or time zone.</summary>
    private int TryAtom(List<DateToken> t, int j, DateParts atom, bool afterAtom)
    {
        int end;
        if (afterAtom && (end = TryGmt(t, j)) > 0)
        {
            return end;
        }

        if ((end = TryCalendar(t, j, atom)) > 0)
        {
            return end;
        }

        if ((end = TryTime(t, j, atom)) > 0)
        {
            return end;
        }

        if (_vocabulary.TryMatch(t, j, "weekday", out var weekday, out end) && !IsOrdinalContext(t, j))
        {
            atom.Weekday = DateVocabulary.IntValue(weekday);
            return end;
        }

        if (_vocabulary.TryMatch(t, j, "relative-day", out var offset, out end))
        {
            atom.Kind = CalendarKind.RelativeDay;
            atom.Offset = DateVocabulary.IntValue(offset);
            atom.Cued = true;
            return end;
        }

        if (_vocabulary.TryMatch(t, j, "daypart", out var part, out end))
        {
            atom.DayPart = part;
            atom.Cued = true;
            if (_vocabulary.TryMatch(t, end, "after-daypart", out var after, out var afterEnd))
            {
                atom.Kind = CalendarKind.RelativeDay;
                atom.Offset = DateVocabulary.IntValue(after);
                return afterEnd;
            }

            return end;
        }

        return -1;
    }

    /// <summary>"lần thứ hai", "khóa thứ năm": an ordinal, not a weekday.</summary>
    private static bool IsOrdinalContext(List<DateToken> t, int j) =>
        j > 0 && t[j - 1].Kind == DateTokenKind.Word && t[j - 1].Word is "lần" or "khóa" or "khoá" or "kỳ" or "phiên" && !t[j].LineBefore;

    private static bool IsGmt(List<DateToken> t, int j) => j < t.Count && (t[j].IsWord("gmt") || t[j].IsWord("utc"));

    private static int TryGmt(List<DateToken> t, int j)
    {
        // "(GMT+7)" and "[GMT+7]": CMSs print the zone in either bracket.
        var k = j;
        var close = '\0';
        if (k < t.Count && (t[k].Is('(') || t[k].Is('[')))
        {
            close = t[k].Is('(') ? ')' : ']';
            k++;
        }

        if (!IsGmt(t, k))
        {
            return -1;
        }

        k++;
        if (k < t.Count && (t[k].Is('+') || t[k].IsDash))
        {
            k++;
            if (k < t.Count && t[k].IsNumber)
            {
                k++;
                if (k + 1 < t.Count && t[k].Is(':') && t[k + 1].IsNumber)
                {
                    k += 2;
                }
            }
        }

        if (close != '\0')
        {
            if (k < t.Count && t[k].Is(close))
            {
                k++;
            }
            else
            {
                return -1;
            }
        }

        return k;
    }

    /// <summary>Joins an atom into the expression; false when it belongs to another expression.</summary>
    private static bool Merge(DateParts into, DateParts atom, bool rangeJoiner)
    {
        if (atom.Time is { } time)
        {
            if (into.Time is not null)
            {
                return false;
            }

            into.Time = time;
            into.Seconds = atom.Seconds;
            into.TimeHasMeridiem = atom.TimeHasMeridiem;
            into.Cued |= atom.Cued;
            if (atom.DayPart is not null && into.DayPart is null)
            {
                into.DayPart = atom.DayPart;
            }

            if (!atom.HasCalendar)
            {
                return true;
            }
        }

        if (atom.Weekday != 0)
        {
            if (into.Weekday != 0)
            {
                return false;
            }

            into.Weekday = atom.Weekday;
            return true;
        }

        if (atom.DayPart is not null && !atom.HasCalendar)
        {
            if (into.DayPart is not null || into.HasCalendar || into.Time is not null)
            {
                return false;
            }

            into.DayPart = atom.DayPart;
            into.Cued = true;
            return true;
        }

        if (atom.DayPart is not null && into.DayPart is null)
        {
            into.DayPart = atom.DayPart;
        }

        if (!atom.HasCalendar)
        {
            return true;
        }

        if (!into.HasCalendar || into.Kind == CalendarKind.RelativeDay && atom.Kind != CalendarKind.RelativeDay)
        {
            into.CopyCalendarFrom(atom);
            return true;
        }

        // A second calendar unit after a dash or "đến" closes a range: "10/7 - 15/7/2017", "(13/10/2004 -13/10/2021)".
        if (rangeJoiner && !into.IsRange && into.Time is null && atom.Time is null && SameUnit(into.Kind, atom.Kind))
        {
            into.IsRange = true;
            into.EndDay = atom.Day;
            into.EndMonth = atom.Month;
            into.EndYear = atom.Year;
            if (into.Kind == CalendarKind.Day && into.Month == 0)
            {
                into.Month = atom.Month;
            }

            into.Cued |= atom.Cued;
            return true;
        }

        return false;
    }

    private static bool SameUnit(CalendarKind a, CalendarKind b) =>
        a == b && a is CalendarKind.Day or CalendarKind.Month;

    /// <summary>Clock times: 09:07, 09:07:30, 17h30, 17h, 8 giờ 30 phút, with SA/CH, AM/PM or a part of the day after.</summary>
    private int TryTime(List<DateToken> t, int j, DateParts atom)
    {
        if (j >= t.Count || !t[j].IsNumber || t[j].Digits > 2 || t[j].Number > 24)
        {
            return -1;
        }

        var hour = t[j].Number;
        var minute = 0;
        var second = 0;
        var seconds = false;
        int k;
        var cued = true;
        if (Tight(t, j + 1) && t[j + 1].Is(':') && Tight(t, j + 2) && IsTwoDigit(t, j + 2, 59))
        {
            minute = t[j + 2].Number;
            k = j + 3;
            if (Tight(t, k) && t[k].Is(':') && Tight(t, k + 1) && IsTwoDigit(t, k + 1, 59))
            {
                second = t[k + 1].Number;
                seconds = true;
                k += 2;
            }
        }
        else if (j + 1 < t.Count && (t[j + 1].IsWord("h") || (t[j + 1].IsWord("g") && Tight(t, j + 2) && t.Count > j + 2 && t[j + 2].IsNumber)) && !t[j + 1].LineBefore)
        {
            k = j + 2;
            if (Tight(t, k) && t[k].IsNumber && t[k].Digits <= 2 && t[k].Number <= 59)
            {
                minute = t[k].Number;
                k++;
                if (k < t.Count && t[k].Is('\'') && !t[k].SpaceBefore)
                {
                    k++;
                }
            }
        }
        else if (j + 1 < t.Count && t[j + 1].IsWord(HourWord) && !t[j + 1].LineBefore)
        {
            cued = false;
            k = j + 2;
            if (k < t.Count && t[k].IsNumber && t[k].Digits <= 2 && t[k].Number <= 59 && !t[k].LineBefore
                && !(k + 1 < t.Count && t[k + 1].Kind == DateTokenKind.Word && !t[k + 1].IsWord(MinuteWord) && t[k + 1].Word is null))
            {
                minute = t[k].Number;
                k++;
                cued = true;
                if (k < t.Count && t[k].IsWord(MinuteWord))
                {
                    k++;
                    if (k + 1 < t.Count && t[k].IsNumber && t[k + 1].IsWord(SecondWord))
                    {
                        second = Math.Min(59, t[k].Number);
                        seconds = true;
                        k += 2;
                    }
                }
            }
        }
        else
        {
            return -1;
        }

        if (hour == 24)
        {
            hour = 0;
        }

        if (_vocabulary.TryMatch(t, k, "meridiem", out var meridiem, out var afterMeridiem) && !t[k].LineBefore)
        {
            hour = meridiem == "pm" ? (hour < 12 ? hour + 12 : hour) : (hour == 12 ? 0 : hour);
            atom.TimeHasMeridiem = true;
            k = afterMeridiem;
            cued = true;
        }
        else if (_vocabulary.TryMatch(t, k, "daypart", out var part, out var afterPart) && !t[k].LineBefore)
        {
            atom.DayPart = part;
            k = afterPart;
            cued = true;
            if (_vocabulary.TryMatch(t, k, "after-daypart", out var after, out var afterEnd))
            {
                atom.Kind = CalendarKind.RelativeDay;
                atom.Offset = DateVocabulary.IntValue(after);
                k = afterEnd;
            }
        }

        atom.Time = new LocalTime(hour, minute, second);
        atom.Seconds = seconds;
        atom.Cued = cued;
        return k;
    }

    private static bool Tight(List<DateToken> t, int k) => k < t.Count && !t[k].SpaceBefore;

    private static bool IsTwoDigit(List<DateToken> t, int k, int max) =>
        k < t.Count && t[k].IsNumber && t[k].Digits == 2 && t[k].Number <= max;
}
