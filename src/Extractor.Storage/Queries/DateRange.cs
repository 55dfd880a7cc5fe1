namespace Extractor.Storage.Queries;

/// <summary>An inclusive range of calendar days that a query keeps (either end open).</summary>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>The range that keeps everything, dated or not.</summary>
    public static DateRange All => default;

    public bool IsOpen => From is null && To is null;

    /// <summary>The ISO form of <see cref="From"/> for SQL comparisons on ISO date strings.</summary>
    internal string? FromIso => From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal string? ToIso => To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
