using Extractor.Normalization.Unicode;
using NodaTime;

namespace Extractor.Normalization.Dates;

/// <summary>Reads one Vietnamese date or time expression ("Sáng 2-7", "09:07, 02/07/2020", "quý III/2022") into a typed value.</summary>
/// <remarks>Never throws on bad input: a result without a value carries the reason. Thread-safe.</remarks>
public static class DateExpressionParser
{
    /// <summary>Reads the longest date expression in <paramref name="text"/>; a missing year or day comes from <paramref name="reference"/>.</summary>
    /// <remarks>
    /// The expression is first put into the canonical text form (<see cref="VietnameseText.NormalizeExpression"/>: NFC,
    /// odd spaces, zero-width characters, old tone placement, legacy encodings), so "nhiệm kỳ" typed any way reads the
    /// same; the span of the result is an offset into that normalized form. Lone surrogates become U+FFFD first:
    /// .NET's Unicode normalization throws on them, and this method never throws.
    /// </remarks>
    public static DateParseResult Parse(string? text, LocalDate? reference = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateParseResult.Fail(DateMessages.Empty);
        }

        try
        {
            return ParseCore(text, reference);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            return DateParseResult.Fail("cannot read the expression: " + ex.Message);
        }
    }

    private static DateParseResult ParseCore(string text, LocalDate? reference)
    {
        var normalized = VietnameseText.NormalizeExpression(TextSafety.ReplaceLoneSurrogates(text)).Text;
        if (normalized.Length == 0)
        {
            return DateParseResult.Fail(DateMessages.Empty);
        }

        var mentions = DateScanner.Scan(normalized, reference);
        if (mentions.IsEmpty)
        {
            return DateParseResult.Fail(DateMessages.NotFound);
        }

        var best = mentions[0];
        foreach (var mention in mentions)
        {
            if (mention.Span.Length > best.Span.Length)
            {
                best = mention;
            }
        }

        if (best.Value is { } value)
        {
            return DateParseResult.Ok(value, best.Span);
        }

        if (best.DayMonth is not null)
        {
            return DateParseResult.Fail(DateMessages.NeedsYear);
        }

        return DateParseResult.Fail(best.Time is not null ? DateMessages.NeedsDay : DateMessages.NeedsReference);
    }

    /// <summary>Reads a reference date written "YYYY-MM-DD"; null when it is not one.</summary>
    public static LocalDate? ParseReference(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success ? result.Value : null;
    }

}
