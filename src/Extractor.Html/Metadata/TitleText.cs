namespace Extractor.Html.Metadata;

/// <summary>Compares headline candidates by their words, ignoring case and punctuation.</summary>
internal static class TitleText
{
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The share of <paramref name="a"/>'s words that <paramref name="b"/> also has, both ways averaged (0..1).</summary>
    public static double Similarity(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        var common = wa.Count(wb.Contains);
        return ((double)common / wa.Count + (double)common / wb.Count) / 2;
    }

    public static bool SameText(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    private static string Normalize(string text) => string.Join(' ', Words(text));
}
