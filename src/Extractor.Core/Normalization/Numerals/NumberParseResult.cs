namespace Extractor.Normalization.Numerals;

/// <summary>The outcome of reading a number expression: a reading, or the reason there is none (never an exception).</summary>
/// <param name="Reading">What was read; null when <paramref name="Error"/> says why not.</param>
/// <param name="Error">Why the expression is not a quantity ("a date, not a number"), else null.</param>
public sealed record NumberParseResult(NumberReading? Reading, string? Error)
{
    public bool Success => Reading is not null && Error is null;

    public static NumberParseResult Ok(NumberReading reading) => new(reading, null);

    public static NumberParseResult Fail(string error) => new(null, error);
}
