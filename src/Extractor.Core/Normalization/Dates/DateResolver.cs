using Extractor.Documents;
using NodaTime;

namespace Extractor.Normalization.Dates;

/// <summary>Turns the pieces of a date expression into a typed value, filling a missing year (or day) from the reference date.</summary>
/// <remarks>A day and month without a year take the year that puts them nearest the reference ("2-7" read on 2020-07-02 is
/// 2020-07-02; "26/11" read on 2021-01-16 is 2020-11-26).</remarks>
internal static class DateResolver
{
    public static DateMention Resolve(DateParts p, TextSpan span, LocalDate? reference)
    {
        var value = ResolveValue(p, reference);
        var time = AdjustedTime(p);
        AnnualDate? dayMonth = null;
        if (p.Kind == CalendarKind.Day && p.Year == 0 && p.Month != 0 && !p.IsRange)
        {
            dayMonth = new AnnualDate(p.Month, p.Day);
        }

        var isDay = (p.Kind is CalendarKind.Day or CalendarKind.RelativeDay && !p.IsRange)
            || (p.Kind == CalendarKind.None && (p.Time is not null || p.Weekday != 0));

        // A weekday alone ("thứ hai") is as often an ordinal ("second"): never cued by itself.
        var cued = p.Cued && !(p.Kind == CalendarKind.None && p.Time is null);
        return new DateMention(span, value, cued)
        {
            DayMonth = dayMonth,
            WrittenYear = p.Year != 0 ? p.Year : null,
            Time = time,
            IsDay = isDay,
        };
    }

    private static LocalTime? AdjustedTime(DateParts p)
    {
        if (p.Time is not { } time)
        {
            return null;
        }

        if (p.TimeHasMeridiem || p.DayPart is null)
        {
            return time;
        }

        var hour = time.Hour;
        var shifted = p.DayPart switch
        {
            "afternoon" or "evening" when hour < 12 => hour + 12,
            "night" when hour is >= 6 and < 12 => hour + 12,
            "noon" when hour < 6 => hour + 12,
            _ => hour,
        };
        return shifted == hour ? time : new LocalTime(shifted, time.Minute, time.Second);
    }

    private static DateValue? ResolveValue(DateParts p, LocalDate? reference)
    {
        var time = AdjustedTime(p);
        switch (p.Kind)
        {
            case CalendarKind.Day:
                return ResolveDay(p, reference, time);
            case CalendarKind.RelativeDay:
                return reference is { } r ? DayValue(r.PlusDays(p.Offset), time, p.Seconds, fromReference: true) : null;
            case CalendarKind.Month:
                return ResolveMonth(p, reference);
            case CalendarKind.MonthSpan:
            case CalendarKind.Quarter:
            case CalendarKind.Half:
                return ResolveMonthSpan(p, reference);
            case CalendarKind.Year:
                if (p.Year == 0 && p.EndMonth == 12)
                {
                    return reference is { } ry ? new DateValue(DateGranularity.Year, new LocalDate(ry.Year + p.Offset, 1, 1), null) { YearFromReference = true } : null;
                }

                return new DateValue(DateGranularity.Year, new LocalDate(p.Year, 1, 1), null);
            case CalendarKind.RelativeYear:
                return reference is { } rr ? new DateValue(DateGranularity.Year, new LocalDate(rr.Year + p.Offset, 1, 1), null) { YearFromReference = true } : null;
            case CalendarKind.RelativeMonth:
                if (reference is not { } rm)
                {
                    return null;
                }

                var month = new LocalDate(rm.Year, rm.Month, 1).PlusMonths(p.Offset);
                return new DateValue(DateGranularity.Month, month, null) { YearFromReference = true };
            case CalendarKind.Period:
                if (p.UntilNow)
                {
                    LocalDate? until = reference is { } rp ? new LocalDate(rp.Year, 1, 1) : null;
                    return new DateValue(DateGranularity.Period, new LocalDate(p.Year, 1, 1), until);
                }

                return new DateValue(DateGranularity.Period, new LocalDate(p.Year, 1, 1), new LocalDate(p.EndYear, 1, 1));
            case CalendarKind.None when p.Time is null && p.Weekday != 0:
                return reference is { } rw ? DayValue(NearestWeekday(rw, p.Weekday), null, seconds: false, fromReference: true) : null;
            case CalendarKind.None when p.Time is not null:
                if (reference is not { } rt)
                {
                    return null;
                }

                if (p.Weekday != 0)
                {
                    return DayValue(NearestWeekday(rt, p.Weekday), time, p.Seconds, fromReference: true);
                }

                return DayValue(rt, time, p.Seconds, fromReference: true);
            default:
                return null;
        }
    }

    private static DateValue? ResolveDay(DateParts p, LocalDate? reference, LocalTime? time)
    {
        if (p.IsRange)
        {
            return ResolveDayRange(p, reference);
        }

        if (p.Month == 0)
        {
            // "ngày 15" alone: the nearest 15th to the reference.
            if (reference is not { } rd)
            {
                return null;
            }

            LocalDate? best = null;
            foreach (var candidate in new[] { rd.PlusMonths(-1), rd, rd.PlusMonths(1) })
            {
                if (p.Day <= CalendarSystem.Iso.GetDaysInMonth(candidate.Year, candidate.Month))
                {
                    var d = new LocalDate(candidate.Year, candidate.Month, p.Day);
                    if (best is null || Distance(d, rd) < Distance(best.Value, rd))
                    {
                        best = d;
                    }
                }
            }

            return best is { } b ? DayValue(b, time, p.Seconds, fromReference: true) : null;
        }

        if (p.Year != 0)
        {
            return DayValue(new LocalDate(p.Year, p.Month, p.Day), time, p.Seconds, fromReference: false);
        }

        if (reference is not { } r)
        {
            return null;
        }

        var nearest = NearestYear(r, p.Month, p.Day);
        return nearest is { } n ? DayValue(n, time, p.Seconds, fromReference: true) : null;
    }

    private static DateValue? ResolveDayRange(DateParts p, LocalDate? reference)
    {
        var endMonth = p.EndMonth != 0 ? p.EndMonth : p.Month;
        if (endMonth == 0)
        {
            return null;
        }

        LocalDate end;
        if (p.EndYear != 0)
        {
            end = new LocalDate(p.EndYear, endMonth, p.EndDay);
        }
        else if (p.Year != 0 && IsValid(p.Year, endMonth, p.EndDay))
        {
            end = new LocalDate(p.Year, endMonth, p.EndDay);
        }
        else if (reference is { } r && NearestYear(r, endMonth, p.EndDay) is { } e)
        {
            end = e;
        }
        else
        {
            return null;
        }

        var startMonth = p.Month != 0 ? p.Month : endMonth;
        var startYear = p.Year != 0 ? p.Year : end.Year;
        if (!IsValid(startYear, startMonth, p.Day))
        {
            return null;
        }

        var start = new LocalDate(startYear, startMonth, p.Day);
        if (p.Year == 0 && start > end)
        {
            start = start.PlusYears(-1);
        }

        return start > end ? null : new DateValue(DateGranularity.Day, start, end) { YearFromReference = p.EndYear == 0 && p.Year == 0 };
    }

    private static DateValue? ResolveMonth(DateParts p, LocalDate? reference)
    {
        int year;
        var fromReference = false;
        if (p.Year != 0)
        {
            year = p.Year;
        }
        else if (p.IsRange && p.EndYear != 0)
        {
            year = p.EndYear;
        }
        else if (reference is { } r)
        {
            fromReference = true;
            year = p.UntilNow ? r.Year + p.Offset : NearestMonthYear(r, p.Month);
        }
        else
        {
            return null;
        }

        var start = new LocalDate(year, p.Month, 1);
        LocalDate? end = null;
        if (p.IsRange && p.EndMonth != 0)
        {
            var endYear = p.EndYear != 0 ? p.EndYear : year;
            end = new LocalDate(endYear, p.EndMonth, 1);
            if (end < start)
            {
                start = start.PlusYears(-1);
            }
        }

        return new DateValue(DateGranularity.Month, start, end) { YearFromReference = fromReference };
    }

    private static DateValue? ResolveMonthSpan(DateParts p, LocalDate? reference)
    {
        int year;
        var fromReference = false;
        if (p.Year != 0)
        {
            year = p.Year;
        }
        else if (reference is { } r)
        {
            year = r.Year + (p.UntilNow ? p.Offset : 0);
            fromReference = true;
        }
        else
        {
            return null;
        }

        var granularity = p.Kind switch
        {
            CalendarKind.Quarter => DateGranularity.Quarter,
            CalendarKind.Half => DateGranularity.Half,
            _ => DateGranularity.Month,
        };
        var start = new LocalDate(year, p.Month, 1);
        var end = new LocalDate(year, p.EndMonth, 1);
        return new DateValue(granularity, start, end) { YearFromReference = fromReference };
    }

    private static DateValue DayValue(LocalDate date, LocalTime? time, bool seconds, bool fromReference) =>
        time is { } t
            ? new DateValue(DateGranularity.Minute, date, null) { Time = t, HasSeconds = seconds, YearFromReference = fromReference }
            : new DateValue(DateGranularity.Day, date, null) { YearFromReference = fromReference };

    /// <summary>The day with this month and day in the year before, of, or after the reference that lies nearest to it.</summary>
    public static LocalDate? NearestYear(LocalDate reference, int month, int day)
    {
        LocalDate? best = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (!IsValid(year, month, day))
            {
                continue;
            }

            var candidate = new LocalDate(year, month, day);
            if (best is null || Distance(candidate, reference) < Distance(best.Value, reference))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static int NearestMonthYear(LocalDate reference, int month)
    {
        var best = reference.Year;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            var distance = Math.Abs(((year * 12) + month) - ((reference.Year * 12) + reference.Month));
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static LocalDate NearestWeekday(LocalDate reference, int weekday)
    {
        var target = (IsoDayOfWeek)weekday;
        var back = reference;
        for (var i = 0; i < 7 && back.DayOfWeek != target; i++)
        {
            back = back.PlusDays(-1);
        }

        var ahead = back.PlusDays(7);
        return Distance(ahead, reference) < Distance(back, reference) ? ahead : back;
    }

    private static int Distance(LocalDate a, LocalDate b) => Math.Abs(Period.Between(a, b, PeriodUnits.Days).Days);

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
}
