namespace Extractor.Normalization.Numerals;

/// <summary>How a number core is written, as flags the context rules read.</summary>
[Flags]
internal enum NumeralShape
{
    None = 0,

    /// <summary>Written in digits.</summary>
    Digits = 1,

    /// <summary>Written (at least partly) in words.</summary>
    Words = 2,

    /// <summary>Has a scale word (nghìn, triệu, tỷ).</summary>
    Scaled = 4,

    /// <summary>Has a decimal part.</summary>
    Fraction = 8,

    /// <summary>A single '.' before one, two or four-plus digits ("16.7"): a decimal point in English, a date in Vietnamese.</summary>
    DotFraction = 16,

    /// <summary>Starts with a 0 ("01", "0263").</summary>
    ZeroLed = 32,

    /// <summary>Digits grouped with thousands separators ("1.600").</summary>
    Grouped = 64,

    /// <summary>A Roman numeral ("XIII").</summary>
    Roman = 128,
}
