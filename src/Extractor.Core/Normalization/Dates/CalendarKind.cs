namespace Extractor.Normalization.Dates;

/// <summary>Which calendar unit a date expression names before it is resolved against a reference date.</summary>
internal enum CalendarKind
{
    None,
    Day,
    Month,
    MonthSpan,
    Quarter,
    Half,
    Year,
    Period,
    RelativeDay,
    RelativeMonth,
    RelativeYear,
}
