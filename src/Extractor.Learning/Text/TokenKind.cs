namespace Extractor.Learning.Text;

/// <summary>What a token of article text is made of.</summary>
public enum TokenKind
{
    /// <summary>A run of letters: a Vietnamese syllable, an abbreviation ("UBND") or a foreign word.</summary>
    Word,

    /// <summary>A number as written, with its inner thousands or decimal separators ("1.600", "81,01").</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
