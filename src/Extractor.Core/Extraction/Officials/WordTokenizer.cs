using System.Collections.Concurrent;
using System.Globalization;

namespace Extractor.Extraction.Officials;

/// <summary>Splits an article into words; everything between two words is their gap (spaces, punctuation, line breaks).</summary>
/// <remarks>
/// "Đ/c", "TP.HCM", "GS.TS" and "Ch’Ơm" stay one word: a slash or apostrophe between letters joins, and a dot
/// joins after a short capitalized run followed by a capital letter.
/// </remarks>
internal static class WordTokenizer
{
    public static IReadOnlyList<Word> Tokenize(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                }
                else if (i + 1 < text.Length && Joins(text, start, i))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var form = WordForms.Of(text.AsSpan(start, i - start));
            words.Add(new Word(start, i, form.Text, form.Key, form.Shape));
        }

        return words;
    }

    /// <summary>The gap between two consecutive words (or before the first).</summary>
    public static string Gap(string text, IReadOnlyList<Word> words, int index) =>
        index == 0 ? text[..words[0].Start] : text[words[index - 1].End..words[index].Start];

    private static bool Joins(string text, int start, int at)
    {
        var c = text[at];
        var next = text[at + 1];
        if (at == start || !char.IsLetter(text[at - 1]) || !char.IsLetter(next))
        {
            return false;
        }

        return c switch
        {
            '/' or '\'' or '’' => true,
            '.' => at - start <= 4 && char.IsUpper(text[start]) && char.IsUpper(next),
            _ => false,
        };
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A word as written with its key and shape, made once per spelling: the key (NFD, case folding, NFC) is the costly part of tokenizing, and a news archive repeats a few thousand syllables.</summary>
    private sealed record WordForm(string Text, string Key, WordShape Shape);

    /// <summary>The shared table of spellings already seen, bounded so an archive of odd tokens cannot grow it without end.</summary>
    private static class WordForms
    {
        private const int MaxEntries = 200_000;

        private static readonly ConcurrentDictionary<string, WordForm> Known = new(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> BySpan =
            Known.GetAlternateLookup<ReadOnlySpan<char>>();

        private static int _count;

        public static WordForm Of(ReadOnlySpan<char> raw)
        {
            if (BySpan.TryGetValue(raw, out var known))
            {
                return known;
            }

            var text = raw.ToString();
            var form = new WordForm(text, PhraseKey.Of(text), ShapeOf(text));
            if (Volatile.Read(ref _count) < MaxEntries && Known.TryAdd(text, form))
            {
                Interlocked.Increment(ref _count);
            }

            return form;
        }
    }

    private static WordShape ShapeOf(string raw)
    {
        if (char.IsDigit(raw[0]))
        {
            return WordShape.Number;
        }

        if (!char.IsUpper(raw[0]))
        {
            return WordShape.Lower;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in raw)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 2 && upper == letters ? WordShape.AllCaps : WordShape.Capitalized;
    }
}
