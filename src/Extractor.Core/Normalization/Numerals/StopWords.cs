using System.Collections.Frozen;
using Extractor.Lexicons;

namespace Extractor.Normalization.Numerals;

/// <summary>Function words that cannot be a counted noun after a number ("5 và", "3 của"), from <c>stop-words.tsv</c>.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = LexiconResource.ReadRows("Normalization/stop-words.tsv")
        .Select(row => Unicode.VietnameseText.NormalizeExpression(row[0]).Text)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="Words"/> by span, made once rather than per word.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return WordsBySpan.Contains(lower);
    }
}
