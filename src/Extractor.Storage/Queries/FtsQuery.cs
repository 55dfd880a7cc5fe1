using System.Text;
using Extractor.Normalization;

namespace Extractor.Storage.Queries;

/// <summary>Turns what a person typed into an FTS5 query over folded text: every word must occur, the last may be a prefix.</summary>
/// <remarks>Words are folded with <see cref="SearchKey"/> and reduced to letters and digits, so no FTS syntax can come from the user.</remarks>
internal static class FtsQuery
{
    public const int MaxWords = 12;

    /// <returns>The MATCH expression, or null when the text has no word.</returns>
    public static string? From(string? text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append('"').Append(words[i]).Append('"');
            if (i == words.Count - 1)
            {
                sb.Append('*');
            }
        }

        return sb.ToString();
    }

    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in SearchKey.Of(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Take(MaxWords).ToList();
    }
}
