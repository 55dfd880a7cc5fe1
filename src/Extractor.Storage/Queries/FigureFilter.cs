namespace Extractor.Storage.Queries;

/// <summary>Which figures a figures query keeps: free text (diacritic-free), province, unit, kind and dates.</summary>
public sealed record FigureFilter
{
    public string? Text { get; init; }

    public string? Province { get; init; }

    /// <summary>The unit, compared diacritic-free ("dang vien" keeps "đảng viên").</summary>
    public string? Unit { get; init; }

    /// <summary>count, percent, ratio, money or other.</summary>
    public string? Kind { get; init; }

    public DateRange Range { get; init; }

    public int Limit { get; init; } = 500;
}
