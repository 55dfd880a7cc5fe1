namespace Extractor.Normalization.Dates;

/// <summary>The calendar atoms of the date grammar: days, months, quarters, halves, years and periods.</summary>
internal sealed partial class DateGrammar
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private int TryCalendar(List<DateToken> t, int j, DateParts atom)
    {
        int end;
        if ((end = TryPeriod(t, j, atom)) > 0
            || (end = TryMonthSpan(t, j, atom)) > 0
            || (end = TryQuarter(t, j, atom)) > 0
            || (end = TryMonth(t, j, atom)) > 0
            || (end = TryIsoDate(t, j, atom)) > 0
            || (end = TryWordDate(t, j, atom)) > 0
            || (end = TryEnglishDate(t, j, atom)) > 0
            || (end = TryNumericDate(t, j, atom)) > 0
            || (end = TryDayOnly(t, j, atom)) > 0
            || (end = TryYear(t, j, atom)) > 0)
        {
            return end;
        }

        if (_vocabulary.TryMatch(t, j, "relative-year", out var years, out end))
        {
            atom.Kind = CalendarKind.RelativeYear;
            atom.Offset = DateVocabulary.IntValue(years);
            atom.Cued = true;
            return end;
        }

        if (_vocabulary.TryMatch(t, j, "relative-month", out var months, out end))
        {
            atom.Kind = CalendarKind.RelativeMonth;
            atom.Offset = DateVocabulary.IntValue(months);
            atom.Cued = true;
            return end;
        }

        return -1;
    }

    private static bool IsYear(List<DateToken> t, int k) =>
        k < t.Count && t[k].IsNumber && t[k].Digits == 4 && t[k].Number is >= MinYear and <= MaxYear && !ContinuesNumber(t, k);

    /// <summary>True when the number at <paramref name="k"/> goes on as a larger number ("2.000", "2020,5", "2020%").</summary>
    private static bool ContinuesNumber(List<DateToken> t, int k) =>
        (Tight(t, k + 1) && t[k + 1].Kind == DateTokenKind.Symbol && t[k + 1].Symbol is '.' or ',' && Tight(t, k + 2) && t[k + 2].IsNumber)
        || (Tight(t, k + 1) && t[k + 1].Is('%'));

    /// <summary>True when the number at <paramref name="k"/> continues a number before it ("1.234" read from "234").</summary>
    private static bool ContinuesPrevious(List<DateToken> t, int k) =>
        k >= 2 && !t[k].SpaceBefore && t[k - 1].Kind == DateTokenKind.Symbol && t[k - 1].Symbol is '.' or ',' or '/'
        && !t[k - 1].SpaceBefore && t[k - 2].IsNumber;

    private static bool IsDash(List<DateToken> t, int k) => k < t.Count && t[k].IsDash && !t[k].LineBefore;

    private static bool IsDateSeparator(List<DateToken> t, int k) =>
        Tight(t, k) && t[k].Kind == DateTokenKind.Symbol && t[k].Symbol is '/' or '-' or '.' or '–';

    /// <summary>"nhiệm kỳ 2015 - 2020", "giai đoạn 2017 – 2020", "từ năm 2017 đến nay", "năm 2017 - 2020", "2017-2020".</summary>
    private int TryPeriod(List<DateToken> t, int j, DateParts atom)
    {
        var k = j;
        var cued = false;
        var open = false;
        if (_vocabulary.TryMatch(t, k, "period", out _, out var afterWord))
        {
            k = afterWord;
            cued = true;
            if (k < t.Count && t[k].IsWord(YearWord))
            {
                k++;
            }
        }
        else if (k < t.Count && t[k].IsWord(FromWord))
        {
            k++;
            if (k + 1 < t.Count && t[k].IsWord("đầu") && t[k + 1].IsWord(YearWord))
            {
                k += 2;
            }
            else if (k < t.Count && t[k].IsWord(YearWord))
            {
                k++;
            }

            cued = true;
            open = true;
        }
        else if (k < t.Count && t[k].IsWord(YearWord))
        {
            k++;
            cued = true;
        }

        // "từ" was read as a joiner before this atom: "từ 2017 đến nay" is open-ended all the same.
        if (!open && j > 0 && t[j - 1].IsWord(FromWord))
        {
            open = true;
            cued = true;
        }

        if (!IsYear(t, k) || ContinuesPrevious(t, k))
        {
            return -1;
        }

        var first = t[k].Number;
        k++;
        var joined = false;
        if (IsDash(t, k))
        {
            k++;
            joined = true;
        }
        else if (k < t.Count && (t[k].IsWord(ToWord) || t[k].IsWord(ToWord2)
            || (t[k].IsWord("cho") && k + 1 < t.Count && (t[k + 1].IsWord(ToWord) || t[k + 1].IsWord(ToWord2)))))
        {
            k += t[k].IsWord("cho") ? 2 : 1; // "từ năm 2017 (cho) đến nay"
            joined = true;
            if (open && _vocabulary.TryMatch(t, k, "until-now", out _, out var afterNow))
            {
                atom.Kind = CalendarKind.Period;
                atom.Year = first;
                atom.UntilNow = true;
                atom.Cued = true;
                return afterNow;
            }
        }
        else if (cued && !open && afterWord > j && IsYear(t, k) && t[k].Number > first)
        {
            // "giai đoạn 2017 2020": the dash lost in capture.
            joined = true;
        }

        if (!joined)
        {
            return -1;
        }

        if (k < t.Count && t[k].IsWord(YearWord))
        {
            k++;
        }

        if (!IsYear(t, k) || t[k].Number < first || t[k].Number - first > 60)
        {
            return -1;
        }

        atom.Kind = CalendarKind.Period;
        atom.Year = first;
        atom.EndYear = t[k].Number;
        atom.Cued = cued;
        return k + 1;
    }

    /// <summary>"6 tháng đầu năm 2023", "6 tháng cuối năm", "9 tháng năm 2020", "nửa đầu năm 2023", "sáu tháng đầu năm".</summary>
    private int TryMonthSpan(List<DateToken> t, int j, DateParts atom)
    {
        var k = j;
        int count;
        var half = false;
        if (k < t.Count && t[k].IsWord(HalfWord))
        {
            count = 6;
            half = true;
            k++;
        }
        else if (k < t.Count && t[k].IsNumber && t[k].Digits <= 2 && !ContinuesPrevious(t, k))
        {
            count = t[k].Number;
            k++;
        }
        else if (_vocabulary.TryMatch(t, k, "count", out var words, out var afterCount))
        {
            count = DateVocabulary.IntValue(words);
            k = afterCount;
        }
        else
        {
            return -1;
        }

        if (count is < 1 or > 12)
        {
            return -1;
        }

        if (!half)
        {
            if (k >= t.Count || !t[k].IsWord(MonthWord))
            {
                return -1;
            }

            k++;
        }

        var last = false;
        var hasPart = false;
        if (k < t.Count && t[k].IsWord("đầu"))
        {
            hasPart = true;
            k++;
        }
        else if (k < t.Count && t[k].IsWord("cuối"))
        {
            hasPart = true;
            last = true;
            k++;
        }

        if (k >= t.Count || !t[k].IsWord(YearWord) || t[k].LineBefore)
        {
            return -1;
        }

        k++;
        var year = 0;
        var relative = false;
        if (IsYear(t, k))
        {
            year = t[k].Number;
            k++;
        }
        else if (k < t.Count && _vocabulary.TryMatch(t, k - 1, "relative-year", out var offset, out var afterRelative))
        {
            relative = true;
            atom.Offset = DateVocabulary.IntValue(offset);
            k = afterRelative;
        }
        else if (!hasPart)
        {
            return -1;
        }

        var firstMonth = last ? 13 - count : 1;
        var lastMonth = last ? 12 : count;
        atom.Kind = count switch
        {
            6 when firstMonth is 1 or 7 => CalendarKind.Half,
            3 when firstMonth is 1 or 10 => CalendarKind.Quarter,
            12 => CalendarKind.Year,
            _ => CalendarKind.MonthSpan,
        };
        atom.Month = firstMonth;
        atom.EndMonth = lastMonth;
        atom.Year = year;
        atom.UntilNow = relative;
        atom.Cued = true;
        return k;
    }

    /// <summary>"quý III/2022", "quý 3-2022", "quý I năm 2024", "quý IV".</summary>
    private int TryQuarter(List<DateToken> t, int j, DateParts atom)
    {
        if (j >= t.Count || !(t[j].IsWord(QuarterWord) || (t[j].IsWord("q") && Tight(t, j + 1) && t[j + 1].IsNumber)))
        {
            return -1;
        }

        var k = j + 1;
        int quarter;
        if (t[j].IsWord("q") && !(t[k].Number is >= 1 and <= 4 && t[k].Digits == 1))
        {
            return -1;
        }

        if (_vocabulary.TryMatch(t, k, "roman", out var roman, out var afterRoman))
        {
            quarter = DateVocabulary.IntValue(roman);
            k = afterRoman;
        }
        else if (k < t.Count && t[k].IsNumber && t[k].Digits <= 2 && t[k].Number is >= 1 and <= 4)
        {
            quarter = t[k].Number;
            k++;
        }
        else
        {
            return -1;
        }

        atom.Kind = CalendarKind.Quarter;
        atom.Month = ((quarter - 1) * 3) + 1;
        atom.EndMonth = atom.Month + 2;
        atom.Cued = true;
        return ReadYearSuffix(t, k, atom);
    }

    /// <summary>An optional year after a month or quarter: "/2024", "-2024", ".2024", " năm 2024", " năm nay".</summary>
    private int ReadYearSuffix(List<DateToken> t, int k, DateParts atom)
    {
        if (IsDateSeparator(t, k) && Tight(t, k + 1) && IsYear(t, k + 1))
        {
            atom.Year = t[k + 1].Number;
            return k + 2;
        }

        // "quý III - 2022": a spaced dash before the year.
        if (IsDash(t, k) && k + 1 < t.Count && !t[k + 1].LineBefore && IsYear(t, k + 1) && !IsDash(t, k + 2))
        {
            atom.Year = t[k + 1].Number;
            return k + 2;
        }

        // "tháng 3, năm 2024".
        var y = k < t.Count && t[k].Is(',') && !t[k].LineBefore ? k + 1 : k;
        if (y + 1 < t.Count && t[y].IsWord(YearWord) && !t[y].LineBefore && IsYear(t, y + 1))
        {
            atom.Year = t[y + 1].Number;
            return y + 2;
        }

        if (k < t.Count && !t[k].LineBefore && _vocabulary.TryMatch(t, k, "relative-year", out var offset, out var after))
        {
            atom.Offset = DateVocabulary.IntValue(offset);
            atom.UntilNow = true;
            return after;
        }

        return k;
    }

    /// <summary>"tháng 3/2024", "tháng 03-2020", "tháng 7 năm 2023", "tháng Giêng", "tháng 3".</summary>
    private int TryMonth(List<DateToken> t, int j, DateParts atom)
    {
        if (j >= t.Count || !t[j].IsWord(MonthWord))
        {
            return -1;
        }

        var k = j + 1;
        int month;
        if (k < t.Count && t[k].IsNumber && t[k].Digits <= 2 && t[k].Number is >= 1 and <= 12 && !t[k].LineBefore)
        {
            month = t[k].Number;
            k++;
        }
        else if (_vocabulary.TryMatch(t, k, "month-name", out var name, out var afterName) && !t[k].LineBefore)
        {
            month = DateVocabulary.IntValue(name);
            k = afterName;
        }
        else
        {
            return -1;
        }

        atom.Kind = CalendarKind.Month;
        atom.Month = month;
        atom.Cued = true;
        return ReadYearSuffix(t, k, atom);
    }

    /// <summary>"2020-07-02", "2020/07/02", "2020-07-02T09:07", "2020-07".</summary>
    private int TryIsoDate(List<DateToken> t, int j, DateParts atom)
    {
        if (!IsYear(t, j) || ContinuesPrevious(t, j) || !IsDateSeparator(t, j + 1) || t[j + 1].Symbol is '.'
            || !Tight(t, j + 2) || !t[j + 2].IsNumber || t[j + 2].Digits > 2 || t[j + 2].Number is < 1 or > 12)
        {
            return -1;
        }

        var year = t[j].Number;
        var month = t[j + 2].Number;
        if (IsDateSeparator(t, j + 3) && t[j + 3].Symbol == t[j + 1].Symbol && Tight(t, j + 4) && t[j + 4].IsNumber && t[j + 4].Digits <= 2)
        {
            var day = t[j + 4].Number;
            if (!IsValid(year, month, day))
            {
                return -1;
            }

            atom.Kind = CalendarKind.Day;
            atom.Day = day;
            atom.Month = month;
            atom.Year = year;
            atom.Cued = true;
            var k = j + 5;
            if (Tight(t, k) && t[k].IsWord("t") && Tight(t, k + 1))
            {
                var time = new DateParts();
                var end = TryTime(t, k + 1, time);
                if (end > 0)
                {
                    atom.Time = time.Time;
                    atom.Seconds = time.Seconds;
                    return end;
                }
            }

            return k;
        }

        if (t[j + 2].Digits != 2 || (Tight(t, j + 3) && t[j + 3].Kind == DateTokenKind.Symbol && t[j + 3].Symbol is '-' or '/' or '.'))
        {
            return -1;
        }

        atom.Kind = CalendarKind.Month;
        atom.Month = month;
        atom.Year = year;
        atom.Cued = true;
        return j + 3;
    }

    /// <summary>"11 tháng 9 năm 2019", "5 tháng 7" (the cue "ngày" or "mùng" before it is read as a cue word).</summary>
    private int TryWordDate(List<DateToken> t, int j, DateParts atom)
    {
        if (j + 2 >= t.Count || !t[j].IsNumber || t[j].Digits > 2 || t[j].Number is < 1 or > 31 || !t[j + 1].IsWord(MonthWord) || t[j + 1].LineBefore)
        {
            return -1;
        }

        var k = j + 2;
        int month;
        if (t[k].IsNumber && t[k].Digits <= 2 && t[k].Number is >= 1 and <= 12 && !t[k].LineBefore)
        {
            month = t[k].Number;
            k++;
        }
        else if (_vocabulary.TryMatch(t, k, "month-name", out var name, out var afterName) && !t[k].LineBefore)
        {
            month = DateVocabulary.IntValue(name);
            k = afterName;
        }
        else
        {
            return -1;
        }

        var day = t[j].Number;
        var probe = new DateParts();
        k = ReadYearSuffix(t, k, probe);
        if (!IsValid(probe.Year == 0 ? 2000 : probe.Year, month, day))
        {
            return -1;
        }

        atom.Kind = CalendarKind.Day;
        atom.Day = day;
        atom.Month = month;
        atom.Year = probe.Year;
        atom.Cued = true;
        return k;
    }

    /// <summary>"02/07/2020", "17-4-2012", "16.7.2020", "16/01/21", "2-7", "16.7", "16/8", and "3/2024" (a month).</summary>
    /// <summary>
    /// "Jul 11, 2024", "July 11 2024", "11 Jul 2024": an English-language CMS stamp, a month name (lexicon "english-month") with
    /// a day and a year on the same line; without the year a month name is not read ("may" is also a Vietnamese word).
    /// </summary>
    private int TryEnglishDate(List<DateToken> t, int j, DateParts atom)
    {
        int month;
        int day;
        int k;
        if (_vocabulary.TryMatch(t, j, "english-month", out var name, out var afterName))
        {
            if (!IsDayNumber(t, afterName) || t[afterName].LineBefore)
            {
                return -1;
            }

            month = DateVocabulary.IntValue(name);
            day = t[afterName].Number;
            k = afterName + 1;
            if (k < t.Count && t[k].Is(',') && !t[k].LineBefore)
            {
                k++;
            }
        }
        else if (IsDayNumber(t, j) && !ContinuesPrevious(t, j) && j + 1 < t.Count && !t[j + 1].LineBefore
            && _vocabulary.TryMatch(t, j + 1, "english-month", out name, out afterName))
        {
            month = DateVocabulary.IntValue(name);
            day = t[j].Number;
            k = afterName;
        }
        else
        {
            return -1;
        }

        if (k >= t.Count || t[k].LineBefore || !IsYear(t, k) || !IsValid(t[k].Number, month, day))
        {
            return -1;
        }

        atom.Kind = CalendarKind.Day;
        atom.Day = day;
        atom.Month = month;
        atom.Year = t[k].Number;
        atom.Cued = true;
        return k + 1;
    }

    private static bool IsDayNumber(List<DateToken> t, int k) =>
        k < t.Count && t[k].IsNumber && t[k].Digits <= 2 && t[k].Number is >= 1 and <= 31 && !ContinuesNumber(t, k);

    private int TryNumericDate(List<DateToken> t, int j, DateParts atom)
    {
        if (TrySpacedDayMonth(t, j, atom) is var spaced and > 0)
        {
            return spaced;
        }

        if (j + 2 >= t.Count || !t[j].IsNumber || t[j].Digits > 2 || ContinuesPrevious(t, j) || !IsDateSeparator(t, j + 1)
            || !Tight(t, j + 2) || !t[j + 2].IsNumber)
        {
            return -1;
        }

        var first = t[j].Number;
        var separator = t[j + 1].Symbol;

        // Month and year: "3/2024", "03-2020".
        if (IsYear(t, j + 2) && first is >= 1 and <= 12 && separator != '.')
        {
            if (IsDateSeparator(t, j + 3) && Tight(t, j + 4) && t[j + 4].IsNumber)
            {
                return -1;
            }

            atom.Kind = CalendarKind.Month;
            atom.Month = first;
            atom.Year = t[j + 2].Number;
            atom.Cued = true;
            return j + 3;
        }

        if (t[j + 2].Digits > 2)
        {
            return -1;
        }

        var day = first;
        var month = t[j + 2].Number;
        var k = j + 3;
        var year = 0;
        if (IsDateSeparator(t, k) && Tight(t, k + 1) && t[k + 1].IsNumber)
        {
            if (t[k + 1].Digits == 4 && t[k + 1].Number is >= MinYear and <= MaxYear && !ContinuesNumber(t, k + 1))
            {
                year = t[k + 1].Number;
            }
            else if (t[k + 1].Digits == 2 && t[k].Symbol == separator && separator != '.' && !ContinuesNumber(t, k + 1))
            {
                year = t[k + 1].Number < 50 ? 2000 + t[k + 1].Number : 1900 + t[k + 1].Number;
            }
            else
            {
                return -1;
            }

            k += 2;
        }
        else if (ContinuesNumber(t, j + 2) || (Tight(t, k) && t[k].Kind == DateTokenKind.Word && t[k].Word is null))
        {
            // "2.5%", "16.7,3", or letters glued on ("2-3lần" is not a date either).
            return -1;
        }

        if (year == 0 && k + 1 < t.Count && t[k].IsWord(YearWord) && !t[k].LineBefore && IsYear(t, k + 1))
        {
            // "ngày 2/7 năm 2020".
            year = t[k + 1].Number;
            k += 2;
        }

        if (!IsValid(year == 0 ? 2000 : year, month, day))
        {
            // "6/13/2025 8:15:00 AM": a server printing dates in US order. Only a full date whose day-first reading is
            // impossible is read month first; "5/6/2025" stays the 5th of June.
            if (year == 0 || separator != '/' || month <= 12 || !IsValid(year, day, month))
            {
                return -1;
            }

            (day, month) = (month, day);
        }

        atom.Kind = CalendarKind.Day;
        atom.Day = day;
        atom.Month = month;
        atom.Year = year;
        atom.Cued = year != 0;
        return k;
    }

    /// <summary>"Sáng 2 - 7", "ngày 2 - 7": a day and month around a spaced dash, only right after a part of the day or "ngày".</summary>
    private int TrySpacedDayMonth(List<DateToken> t, int j, DateParts atom)
    {
        if (j == 0 || j + 2 >= t.Count || !t[j].IsNumber || t[j].Digits > 2 || Tight(t, j + 1) || !IsDash(t, j + 1)
            || t[j + 2].LineBefore || !t[j + 2].IsNumber || t[j + 2].Digits > 2 || ContinuesNumber(t, j + 2)
            || IsDateSeparator(t, j + 3) || IsDash(t, j + 3)
            || !(t[j - 1].IsWord(DayWord) || _vocabulary.TryMatch(t, j - 1, "daypart", out _, out _)))
        {
            return -1;
        }

        var day = t[j].Number;
        var month = t[j + 2].Number;
        if (!IsValid(2000, month, day))
        {
            return -1;
        }

        atom.Kind = CalendarKind.Day;
        atom.Day = day;
        atom.Month = month;
        atom.Cued = true;
        return j + 3;
    }

    /// <summary>
    /// "ngày 11-12/9": the first day of a run of days written tight against the second, which carries the month. A later day
    /// and a month after it tell it from a day-month date ("ngày 2-7"), so the first day is read alone and the dash joins the range.
    /// </summary>
    private static bool IsTightDayRange(List<DateToken> t, int j) =>
        j + 4 < t.Count && t[j + 1].IsDash && t[j + 2].Digits <= 2 && t[j + 2].Number > t[j].Number && t[j + 2].Number <= 31
        && IsDateSeparator(t, j + 3) && t[j + 3].Symbol == '/' && Tight(t, j + 4) && t[j + 4].IsNumber && t[j + 4].Digits <= 2;

    /// <summary>"ngày 10" inside a range ("từ ngày 10 đến ngày 15/7/2017"): a day whose month comes from the context; after "từ",
    /// only the first day of a run written tight ("diễn ra từ 24-26/10").</summary>
    private static int TryDayOnly(List<DateToken> t, int j, DateParts atom)
    {
        if (j == 0 || j >= t.Count || !t[j].IsNumber || t[j].Digits > 2 || t[j].Number is < 1 or > 31
            || !(t[j - 1].IsWord(DayWord) || t[j - 1].IsWord("mùng") || t[j - 1].IsWord("mồng") || t[j - 1].IsWord(FromWord) && IsTightDayRange(t, j))
            || ContinuesNumber(t, j)
            || (IsDateSeparator(t, j + 1) && Tight(t, j + 2) && t[j + 2].IsNumber && !IsTightDayRange(t, j)))
        {
            return -1;
        }

        atom.Kind = CalendarKind.Day;
        atom.Day = t[j].Number;
        atom.Cued = true;
        return j + 1;
    }

    /// <summary>"năm 2019" (cued) or a bare year "2019" (not cued: it may be a count).</summary>
    private static int TryYear(List<DateToken> t, int j, DateParts atom)
    {
        var k = j;
        var cued = false;
        if (k < t.Count && t[k].IsWord(YearWord))
        {
            k++;
            cued = true;
        }

        if (!IsYear(t, k) || ContinuesPrevious(t, k) || (k < t.Count && t[k].LineBefore && cued))
        {
            return -1;
        }

        atom.Kind = CalendarKind.Year;
        atom.Year = t[k].Number;
        atom.Cued = cued;
        return k + 1;
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);
}
