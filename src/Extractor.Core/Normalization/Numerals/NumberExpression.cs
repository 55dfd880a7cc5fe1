using Extractor.Facts;

namespace Extractor.Normalization.Numerals;

/// <summary>Everything read around one number core, with the offsets the figure rules need.</summary>
internal sealed record NumberExpression
{
    public required NumeralToken Core { get; init; }

    public decimal Value => Core.Value;

    public decimal? Of { get; init; }

    public decimal? Max { get; init; }

    /// <summary>Where the range's upper end starts ("2" in "1 đến 2 ha", "15" in "10-15%"), or where its linking word does
    /// ("đến 2 ha"); meaningful only with <see cref="Max"/>.</summary>
    public int MaxStart { get; init; }

    /// <summary>The word linking a range's ends ("đến", "tới"), or null for a dash.</summary>
    public string? MaxLink { get; init; }

    public bool Percent { get; init; }

    public UnitMatch? Unit { get; init; }

    /// <summary>The unit as reported (money with its "/người/tháng" tail, heads as written).</summary>
    public string? UnitText { get; init; }

    public string? QualifierBefore { get; init; }

    public int QualifierBeforeRank { get; init; }

    public int QualifierBeforeStart { get; init; }

    public string? QualifierAfter { get; init; }

    /// <summary>End of the number part (after %, the ratio's whole, the range's end).</summary>
    public int NumberEnd { get; init; }

    /// <summary>End of number + unit (+ "trở lên" when it belongs to the number).</summary>
    public int End { get; init; }

    public FigureKind Kind =>
        Percent ? FigureKind.Percent
        : Of is not null ? FigureKind.Ratio
        : Unit?.Class == UnitClass.Money ? FigureKind.Money
        : Unit?.Class == UnitClass.Measure || Core.Shape.HasFlag(NumeralShape.Roman) ? FigureKind.Other
        : UnitText is null && decimal.Truncate(Value) != Value ? FigureKind.Other
        : FigureKind.Count;

    /// <summary>The qualifier reported: a bound or approximation beats a change word, which beats đạt/vượt.</summary>
    public string? Qualifier => QualifierAfter is not null && QualifierBeforeRank < QualifierLexicon.Bound ? QualifierAfter : QualifierBefore ?? QualifierAfter;
}
