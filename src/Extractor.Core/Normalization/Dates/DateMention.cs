using Extractor.Documents;
using NodaTime;

namespace Extractor.Normalization.Dates;

/// <summary>A date or time expression found in running text, with its span and what it says before and after resolution.</summary>
/// <param name="Span">Where the expression is, cue words included ("Sáng ngày 11 tháng 9 năm 2019", "lúc 17:55, Thứ Ba, 06/02/2018 (GMT+7)").</param>
/// <param name="Value">The expression resolved against the reference date, or null when it needs a year (or a day) nobody gave.</param>
/// <param name="IsCued">
/// True when the form cannot be anything but a date or time: a written year with a day or month, a clock time, or a cue word
/// (ngày, sáng, chiều, lúc, tháng, quý, nhiệm kỳ, a weekday …). A bare "2-7" or "11/11" is not cued: it may be a range or a ratio.
/// </param>
public sealed record DateMention(TextSpan Span, DateValue? Value, bool IsCued)
{
    /// <summary>The day and month as written when the text gives no year ("Sáng 2-7", "ngày 16/8"); null otherwise.</summary>
    public AnnualDate? DayMonth { get; init; }

    /// <summary>The year written in the expression itself, when there is one.</summary>
    public int? WrittenYear { get; init; }

    /// <summary>The clock time written, when there is one.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>True when the expression names a single day (possibly with a time), written or resolved.</summary>
    public bool IsDay { get; init; }

    /// <summary>The day of a year-less day-month in the given year, or null when it does not exist (29/2).</summary>
    public LocalDate? DayIn(int year) =>
        DayMonth is { } dm && dm.IsValidYear(year) ? dm.InYear(year) : null;
}
