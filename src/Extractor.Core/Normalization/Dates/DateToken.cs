namespace Extractor.Normalization.Dates;

/// <summary>One token of date text: digits (with their value), a word (lowercased when it is date vocabulary), or a symbol.</summary>
/// <param name="Word">The lowercase word when it belongs to the date vocabulary, else null (any other word).</param>
/// <param name="SpaceBefore">True when whitespace separates it from the previous token.</param>
/// <param name="LineBefore">True when a line break separates it from the previous token.</param>
internal readonly record struct DateToken(
    DateTokenKind Kind,
    int Start,
    int End,
    int Number,
    int Digits,
    string? Word,
    char Symbol,
    bool SpaceBefore,
    bool LineBefore)
{
    public bool IsNumber => Kind == DateTokenKind.Number;

    public bool Is(char symbol) => Kind == DateTokenKind.Symbol && Symbol == symbol;

    public bool IsWord(string word) => Kind == DateTokenKind.Word && string.Equals(Word, word, StringComparison.Ordinal);

    /// <summary>True for any dash or hyphen used between dates (-, –, —).</summary>
    public bool IsDash => Kind == DateTokenKind.Symbol && Symbol is '-' or '–' or '—' or '‐' or '‑';
}
