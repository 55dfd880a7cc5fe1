using System.Collections.Frozen;
using Extractor.Normalization.Unicode;

namespace Extractor.Normalization.Numerals;

/// <summary>Small span helpers over normalized text: words as letter runs, lowercase lookups without allocating.</summary>
internal static class TextWords
{
    /// <summary>The end of the letter run starting at <paramref name="start"/> (letters and combining marks).</summary>
    public static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The start of the letter run ending at <paramref name="end"/>.</summary>
    public static int WordStart(string text, int end)
    {
        var i = end;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>Skips spaces (not line breaks) forward.</summary>
    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips spaces (not line breaks) backward; returns the offset just after the previous non-space.</summary>
    public static int SkipSpacesBack(string text, int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\u00A0')
        {
            i--;
        }

        return i;
    }

    /// <summary>True when no letter or digit touches the offset from the left.</summary>
    public static bool IsBoundaryBefore(string text, int i) => i == 0 || !char.IsLetterOrDigit(text[i - 1]);

    /// <summary>Looks a span up case-insensitively in a dictionary keyed by lowercase strings.</summary>
    /// <remarks>The caller holds the span lookup: making one per word costs casts and a virtual call.</remarks>
    public static bool TryLookup<T>(FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> map, ReadOnlySpan<char> word, out T value)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Lowercase.Write(word, lower);
        return map.TryGetValue(lower, out value!);
    }

    /// <summary>True when the lowercase form of <paramref name="word"/> is <paramref name="lowercase"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, string lowercase) => word.Equals(lowercase, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the word before <paramref name="end"/> (skipping spaces and the given punctuation), or an empty span.</summary>
    public static ReadOnlySpan<char> PreviousWord(string text, int end, out int wordStart, string skip = "")
    {
        var i = end;
        while (i > 0 && (text[i - 1] == ' ' || skip.Contains(text[i - 1], StringComparison.Ordinal)))
        {
            i--;
        }

        wordStart = WordStart(text, i);
        return text.AsSpan(wordStart, i - wordStart);
    }

    /// <summary>Reads the word after <paramref name="start"/> (skipping spaces), or an empty span.</summary>
    public static ReadOnlySpan<char> NextWord(string text, int start, out int wordEnd)
    {
        var i = SkipSpaces(text, start);
        wordEnd = WordEnd(text, i);
        return text.AsSpan(i, wordEnd - i);
    }
}
