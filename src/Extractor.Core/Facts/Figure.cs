using Extractor.Documents;

namespace Extractor.Facts;

/// <summary>What a stated quantity measures.</summary>
public enum FigureKind
{
    Count,
    Percent,
    Ratio,
    Money,
    Other,
}

/// <summary>A quantity the article states as a fact or a target ("hơn 1.600 đảng viên", "81,01%", "31/36 ủy ban kiểm tra").</summary>
/// <param name="Text">The evidence as written: [qualifier] number [unit].</param>
/// <param name="Value">The number after Vietnamese conventions and scale words ("4,7 ngàn" is 4700).</param>
/// <param name="Of">The whole of a ratio ("31/36" has 36), otherwise null.</param>
/// <param name="Unit">The counted noun phrase's shortest sensible head, "%" or a currency; null when nothing follows.</param>
/// <param name="Qualifier">Bound, approximation or change word (hơn, gần, khoảng, tăng, đạt …), or null.</param>
public sealed record Figure(
    string Text,
    decimal Value,
    decimal? Of,
    string? Unit,
    string? Qualifier,
    FigureKind Kind,
    TextSpan Span);
