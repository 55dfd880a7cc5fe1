namespace Extractor.Normalization.Numerals;

/// <summary>A number core found in text: its value and where it lies, before any unit or qualifier.</summary>
/// <param name="Value">The value with separators and scale words applied.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Shape">How the number is written, for the context rules.</param>
internal readonly record struct NumeralToken(decimal Value, int Start, int End, NumeralShape Shape);
