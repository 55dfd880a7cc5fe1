namespace Extractor.Normalization.Numerals;

/// <summary>A unit lexicon entry found in text.</summary>
/// <param name="Unit">The unit as reported (the lexicon's form for money and measures, the text as written for heads).</param>
/// <param name="Class">What kind of unit it is.</param>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="End">Offset one past the last character.</param>
internal readonly record struct UnitMatch(string Unit, UnitClass Class, int Start, int End);
