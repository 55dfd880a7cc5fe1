using System.Globalization;
using NodaTime;

namespace Extractor.Normalization.Dates;

/// <summary>A date or time expression read to its own precision: where it starts, where a span ends, and in which unit.</summary>
/// <param name="Granularity">The unit of <see cref="Start"/> and <see cref="End"/>.</param>
/// <param name="Start">The first day covered (the 1st of the month for month, quarter, half; 1 January for year, period).</param>
/// <param name="End">The first day of the last unit covered for a span (the month "2022-09" of "quý III/2022", the year 2020 of "2015 - 2020"); null for a point.</param>
/// <remarks>Immutable. <see cref="Time"/> is set only for <see cref="DateGranularity.Minute"/>.</remarks>
public sealed record DateValue(DateGranularity Granularity, LocalDate Start, LocalDate? End)
{
    /// <summary>The clock time on <see cref="Start"/>, for minute granularity.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>True when the text wrote seconds ("06:24:24"), so they are printed.</summary>
    public bool HasSeconds { get; init; }

    /// <summary>True when the year was not written and came from the reference date.</summary>
    public bool YearFromReference { get; init; }

    /// <summary>The start in ISO 8601 to the granularity: "2020-07-02T09:07", "2020-07-02", "2023-03", "2018".</summary>
    public string StartIso => Format(Start, Time);

    /// <summary>The last unit of a span in ISO 8601 to the granularity, or null for a point.</summary>
    public string? EndIso => End is { } end ? Format(end, null) : null;

    /// <summary>A point in time on a day, as the page prints it.</summary>
    public LocalDateTime? StartDateTime => Time is { } time ? Start + time : null;

    private string Format(LocalDate date, LocalTime? time)
    {
        var c = CultureInfo.InvariantCulture;
        switch (Granularity)
        {
            case DateGranularity.Minute when time is { } t:
                var day = date.ToString("yyyy'-'MM'-'dd", c);
                return day + "T" + t.ToString(HasSeconds ? "HH':'mm':'ss" : "HH':'mm", c);
            case DateGranularity.Minute:
            case DateGranularity.Day:
                return date.ToString("yyyy'-'MM'-'dd", c);
            case DateGranularity.Month:
            case DateGranularity.Quarter:
            case DateGranularity.Half:
                return date.ToString("yyyy'-'MM", c);
            default:
                return date.Year.ToString("0000", c);
        }
    }

    public override string ToString() => EndIso is { } end ? $"{StartIso}/{end} ({Granularity})" : $"{StartIso} ({Granularity})";
}
