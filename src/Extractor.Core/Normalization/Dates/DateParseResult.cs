using Extractor.Documents;

namespace Extractor.Normalization.Dates;

/// <summary>The outcome of reading one date expression: a value, or a reason it could not be read (never an exception).</summary>
/// <param name="Value">The date read, or null.</param>
/// <param name="Error">Why nothing was read, in words a user can act on; null on success.</param>
/// <param name="Span">Where in the input the expression was found, on success.</param>
public sealed record DateParseResult(DateValue? Value, string? Error, TextSpan? Span)
{
    public bool Success => Value is not null;

    public static DateParseResult Ok(DateValue value, TextSpan span) => new(value, null, span);

    public static DateParseResult Fail(string error) => new(null, error, null);
}
