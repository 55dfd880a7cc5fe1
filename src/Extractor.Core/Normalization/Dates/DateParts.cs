using NodaTime;

namespace Extractor.Normalization.Dates;

/// <summary>The pieces of one date expression as written (day, month, year, time, weekday, part of the day), before resolution.</summary>
/// <remarks>A scratch object of <see cref="DateGrammar"/>: built, resolved and dropped within one call; never shared.</remarks>
internal sealed class DateParts
{
    public CalendarKind Kind { get; set; }

    /// <summary>0 when not written.</summary>
    public int Day { get; set; }

    public int Month { get; set; }

    public int Year { get; set; }

    /// <summary>The end of a span: last day, month and year (0 when not written).</summary>
    public int EndDay { get; set; }

    public int EndMonth { get; set; }

    public int EndYear { get; set; }

    public bool IsRange { get; set; }

    public bool UntilNow { get; set; }

    /// <summary>Offset in days, months or years for the relative kinds.</summary>
    public int Offset { get; set; }

    public LocalTime? Time { get; set; }

    public bool Seconds { get; set; }

    public bool TimeHasMeridiem { get; set; }

    public string? DayPart { get; set; }

    public int Weekday { get; set; }

    public bool Cued { get; set; }

    public bool HasCalendar => Kind != CalendarKind.None;

    public void CopyCalendarFrom(DateParts other)
    {
        Kind = other.Kind;
        Day = other.Day;
        Month = other.Month;
        Year = other.Year;
        EndDay = other.EndDay;
        EndMonth = other.EndMonth;
        EndYear = other.EndYear;
        IsRange = other.IsRange;
        UntilNow = other.UntilNow;
        Offset = other.Offset;
        if (other.Time is not null && Time is null)
        {
            Time = other.Time;
            Seconds = other.Seconds;
        }

        Cued |= other.Cued;
    }
}
