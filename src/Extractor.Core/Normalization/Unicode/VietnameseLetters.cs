using System.Text;

namespace Extractor.Normalization.Unicode;

/// <summary>Lookup tables over Vietnamese letters: a letter's tone, its toneless form, and composition back.</summary>
/// <remarks>Built once from Unicode decomposition; lookups are array reads, safe from any thread.</remarks>
internal static class VietnameseLetters
{
    /// <summary>Tones: 0 none, 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook), 4 ngã (tilde), 5 nặng (dot below).</summary>
    public const int ToneCount = 6;

    private const int Range = 0x1F00;

    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    // For each char below Range: its letter without the tone (ô stays ô) and the tone number.
    private static readonly char[] Toneless = new char[Range];
    private static readonly byte[] Tones = new byte[Range];

    // For each char below Range: the plain lowercase ASCII-ish search letter ("ộ" → 'o', "Đ" → 'd'), or itself.
    private static readonly char[] Folded = new char[Range];

    // Composition: toneless letter * 8 + tone → letter, for toneless letters below Range.
    private static readonly char[] Composed = new char[Range * 8];

    static VietnameseLetters()
    {
        for (var c = 0; c < Range; c++)
        {
            Toneless[c] = (char)c;
            Folded[c] = char.ToLowerInvariant((char)c);
        }

        for (var c = 0xC0; c < Range; c++)
        {
            var ch = (char)c;
            if (!char.IsLetter(ch) || char.IsSurrogate(ch))
            {
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1)
            {
                Folded[c] = char.ToLowerInvariant(decomposed[0]);
                // NFD puts the dot below before a circumflex or breve ("ộ" is o, dot, circumflex): find the tone anywhere.
                var toneAt = decomposed.AsSpan(1).IndexOfAny("\u0300\u0301\u0309\u0303\u0323") + 1;
                var tone = toneAt > 0 ? Array.IndexOf(ToneMarks, decomposed[toneAt]) : 0;
                if (tone > 0 && decomposed[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y')
                {
                    var rest = decomposed.Remove(toneAt, 1).Normalize(NormalizationForm.FormC);
                    if (rest.Length == 1)
                    {
                        Toneless[c] = rest[0];
                        Tones[c] = (byte)tone;
                    }
                }
            }
        }

        Folded['đ'] = 'd';
        Folded['Đ'] = 'd';
        Folded['\u00D0'] = 'd';
        for (var c = 0; c < Range; c++)
        {
            var ch = (char)c;
            if (Tones[c] != 0 || !char.IsLetter(ch))
            {
                continue;
            }

            Composed[c * 8] = ch;
            for (var tone = 1; tone < ToneCount; tone++)
            {
                var composed = (ch.ToString() + ToneMarks[tone]).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1)
                {
                    Composed[(c * 8) + tone] = composed[0];
                }
            }
        }
    }

    /// <summary>The tone (0–5) of a letter.</summary>
    public static int ToneOf(char c) => c < Range ? Tones[c] : 0;

    /// <summary>The letter without its tone mark ("ộ" → "ô").</summary>
    public static char WithoutTone(char c) => c < Range ? Toneless[c] : c;

    /// <summary>The letter carrying <paramref name="tone"/>, or '\0' when Unicode has no such precomposed letter.</summary>
    public static char WithTone(char toneless, int tone) =>
        toneless < Range && tone is >= 0 and < ToneCount ? Composed[(toneless * 8) + tone] : '\0';

    /// <summary>The lowercase letter without any diacritic, "đ" → "d" (the search-key letter).</summary>
    public static char Fold(char c) => c < Range ? Folded[c] : char.ToLowerInvariant(c);

    /// <summary>The tone number of a combining tone mark, or 0.</summary>
    public static int ToneOfMark(char mark) => mark switch
    {
        '\u0300' or '\u0340' => 1,
        '\u0301' or '\u0341' => 2,
        '\u0309' => 3,
        '\u0303' => 4,
        '\u0323' => 5,
        _ => 0,
    };

    /// <summary>True for a Vietnamese vowel letter in any case, with or without marks.</summary>
    public static bool IsVowel(char c) => Fold(WithoutTone(c)) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>True for a letter Vietnamese spelling uses: ASCII letters, đ, and vowels with Vietnamese marks only.</summary>
    public static bool IsVietnameseLetter(char c)
    {
        if (char.IsAsciiLetter(c) || c is 'đ' or 'Đ')
        {
            return true;
        }

        var toneless = WithoutTone(c);
        return (toneless != c && IsVowel(c)) || char.ToLowerInvariant(toneless) is 'â' or 'ê' or 'ô' or 'ă' or 'ơ' or 'ư';
    }

    /// <summary>True for â ê ô ă ơ ư (vowels whose quality mark decides where the tone goes).</summary>
    public static bool HasQualityMark(char toneless) =>
        char.ToLowerInvariant(toneless) is 'â' or 'ê' or 'ô' or 'ă' or 'ơ' or 'ư';
}
