using Extractor.Documents;
using Extractor.Facts;

namespace Extractor.Normalization.Numerals;

/// <summary>A number expression read the Vietnamese way: "hơn 1.600 đảng viên" is 1600 đảng viên with qualifier "hơn".</summary>
/// <param name="Value">The number with separators and scale words applied ("4,7 ngàn" is 4700); null when nothing could be read.</param>
/// <param name="Of">The whole of a ratio ("31/36", "X trong tổng số Y"), else null.</param>
/// <param name="Kind">Count, percent, ratio, money or other (areas, measures, ordinals, bare decimals).</param>
/// <param name="Qualifier">The bound, approximation or change word as reported (hơn, trên, gần, khoảng, trở lên, ước, tăng, giảm, đạt, vượt).</param>
/// <param name="Unit">The counted noun, "%", the currency or the measure; null when nothing follows the number.</param>
/// <param name="Span">Where the expression (qualifier, number, unit) lies in the text it was read from.</param>
/// <param name="Max">The upper end of a range ("2-3" has 3), else null.</param>
/// <remarks>Values have no trailing decimal zeros, so JSON writes 4700, not 4700.0.</remarks>
public sealed record NumberReading(
    decimal? Value,
    decimal? Of,
    FigureKind Kind,
    string? Qualifier,
    string? Unit,
    TextSpan Span,
    decimal? Max = null);
