namespace Extractor.Normalization.Unicode;

/// <summary>A pre-Unicode Vietnamese encoding whose bytes show up as Latin-1 look-alike text.</summary>
public enum LegacyEncoding
{
    /// <summary>Already Unicode (precomposed or decomposed).</summary>
    None,

    /// <summary>TCVN 5712 (TCVN3, "ABC", the .VnTime fonts): one byte per letter.</summary>
    Tcvn3,

    /// <summary>VNI (VNI-Times fonts): a base letter followed by one or two mark bytes.</summary>
    Vni,

    /// <summary>
    /// Windows-1258 bytes that were decoded as Windows-1252 (or Latin-1): the separate tone marks show up as
    /// "Ì ì Þ Ò ò" after a vowel and ă ơ ư đ as "ã õ ý ð" ("Viêòt" for "Việt"). One character each way.
    /// </summary>
    Cp1258ReadAs1252,
}
