using System.Collections.Immutable;
using Extractor.Facts;

namespace Extractor.Extraction.Places;

/// <summary>A province, city or district of the gazetteer, with the other names texts give it.</summary>
/// <param name="Name">The canonical name ("Thành phố Hồ Chí Minh", "Mộc Châu").</param>
/// <param name="Kind">"province", "city", "district" or "town", as the data file says.</param>
/// <param name="Province">For a district, the province it belonged to before 1 July 2025; for a province, itself.</param>
/// <param name="Aliases">Short forms and spellings ("TP.HCM", "Đắc Lắc").</param>
/// <param name="MergedInto">For a province, its province in the 34-unit layout in force since 1 July 2025; otherwise null.</param>
public sealed record GazetteerEntry(
    string Name,
    PlaceLevel Level,
    string Kind,
    string Province,
    ImmutableArray<string> Aliases,
    string? MergedInto);
