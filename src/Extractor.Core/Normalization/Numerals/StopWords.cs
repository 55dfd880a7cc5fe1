using System.Collections.Frozen;
using Extractor.Lexicons;

namespace Extractor.Normalization.Numerals;

/// <summary>Function words that cannot be a counted noun after a number ("5 và", "3 của"), from <c>stop-words.tsv</c>.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = LexiconResource.ReadRows("Normalization/stop-words.tsv")
        .Select(row => Unicode.VietnameseText.NormalizeExpression(row[0]).Text)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
