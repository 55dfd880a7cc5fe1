namespace Extractor.Normalization.Numerals;

/// <summary>The part a Vietnamese number word plays in the number grammar (see <c>number-words.tsv</c>).</summary>
internal enum NumberWordRole
{
    Digit,
    LateDigit,
    Ten,
    Tens,
    Hundred,
    ZeroTens,
    Scale,
    Half,
    Point,
}
