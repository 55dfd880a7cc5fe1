namespace Extractor.Normalization.Unicode;

/// <summary>Invariant lowercasing of text by a table, without a call into ICU for every word.</summary>
/// <remarks>
/// The table holds what <see cref="string.ToLowerInvariant()"/> gives each UTF-16 unit outside the surrogates (it maps
/// unit to unit there), computed once in one call; Vietnamese letters, which the stages lowercase word by word for lexicon
/// lookups, then cost one array read each. Surrogate pairs are copied as they are.
/// </remarks>
public static class Lowercase
{
    private static readonly char[] Table = Build();

    /// <summary>The lowercase form of <paramref name="text"/>; the same instance when nothing changes.</summary>
    public static string Of(string text)
    {
        var first = FirstChanging(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (target, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(target);
            for (var i = state.first; i < target.Length; i++)
            {
                target[i] = Table[state.text[i]];
            }
        });
    }

    /// <summary>Writes the lowercase form of <paramref name="text"/> into <paramref name="target"/>, which is at least as long.</summary>
    public static void Write(ReadOnlySpan<char> text, Span<char> target)
    {
        for (var i = 0; i < text.Length; i++)
        {
            target[i] = Table[text[i]];
        }
    }

    /// <summary>True when lowercasing would change <paramref name="text"/>.</summary>
    public static bool HasUpper(ReadOnlySpan<char> text) => FirstChanging(text) >= 0;

    private static int FirstChanging(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Table[c] != c)
            {
                return i;
            }
        }

        return -1;
    }

    private static char[] Build()
    {
        var all = new char[char.MaxValue + 1];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = char.IsSurrogate((char)i) ? ' ' : (char)i;
        }

        var lower = new string(all).ToLowerInvariant().ToCharArray();
        if (lower.Length != all.Length)
        {
            throw new InvalidOperationException("invariant lowercasing changed the length of the table");
        }

        for (var i = 0xD800; i <= 0xDFFF; i++)
        {
            lower[i] = (char)i;
        }

        return lower;
    }
}
