using Extractor.Documents;

namespace Extractor.Facts;

/// <summary>The administrative level of a place in the gazetteer.</summary>
public enum PlaceLevel
{
    Province,
    District,
    Commune,
}

/// <summary>A province, district or commune the article names ("tỉnh Lạng Sơn", "huyện Mộc Châu").</summary>
/// <param name="Name">The canonical name ("Lạng Sơn").</param>
public sealed record Place(string Name, PlaceLevel Level, TextSpan Span);
