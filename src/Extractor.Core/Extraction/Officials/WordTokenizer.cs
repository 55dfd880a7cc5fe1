using System.Globalization;
using Extractor.Pipeline;

namespace Extractor.Extraction.Officials;

/// <summary>Splits an article into words; everything between two words is their gap (spaces, punctuation, line breaks).</summary>
/// <remarks>
/// "Đ/c", "TP.HCM", "GS.TS", "Ch’Ơm" and "Bun-thoong" stay one word: a slash or apostrophe between letters joins, and a dot
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

            var form = WordForms.GetOrAdd(text.AsSpan(start, i - start), FormOf);
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

            // "Bun-thoong", "Xay-nha-vông": a Lao or Khmer name transliterated syllable by syllable joins a capitalized
            // syllable to lowercase ones ("Bà Rịa-Vũng Tàu", with a capital after the hyphen, stays two words).
            '-' => char.IsUpper(text[start]) && char.IsLower(next),

            // "GD&ĐT", "KH&CN", "NN&PTNT": an abbreviation joined by an ampersand.
            '&' => char.IsUpper(text[at - 1]) && char.IsUpper(next),
            _ => false,
        };
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A word as written with its key and shape, made once per spelling: the key (NFD, case folding, NFC) is the costly part of tokenizing, and a news archive repeats a few thousand syllables.</summary>
    private sealed record WordForm(string Text, string Key, WordShape Shape);

    /// <summary>The shared table of spellings already seen, bounded so an archive of odd tokens cannot grow it without end.</summary>
    private static readonly BoundedMemo<WordForm> WordForms = new(capacity: 200_000, maxKeyLength: 64);

    private static WordForm FormOf(string text) => new(text, PhraseKey.Of(text), ShapeOf(text));

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
