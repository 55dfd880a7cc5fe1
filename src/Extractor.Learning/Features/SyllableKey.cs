using System.Text;

namespace Extractor.Learning.Features;

/// <summary>Hashes of syllables that ignore case and where the tone mark is placed ("Uỷ" = "ủy", "hoà" = "hòa").</summary>
/// <remarks>
/// Hashes are FNV-1a over (base letters, then tone), computed from a per-character table so that tagging
/// allocates nothing; they are stable across processes and machines, which model files rely on.
/// </remarks>
internal static class SyllableKey
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const int TableSize = 0x2000;

    private static readonly char[] BaseOf = new char[TableSize];
    private static readonly byte[] ToneOf = new byte[TableSize];

    static SyllableKey()
    {
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            BaseOf[c] = char.ToLowerInvariant(ch);
            if (char.IsSurrogate(ch) || !char.IsLetter(ch) && !IsToneMark(ch))
            {
                continue;
            }

            if (IsToneMark(ch))
            {
                BaseOf[c] = '\0';
                ToneOf[c] = ToneIndex(ch);
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var rest = new StringBuilder();
            byte tone = 0;
            foreach (var d in decomposed)
            {
                if (IsToneMark(d))
                {
                    tone = ToneIndex(d);
                }
                else
                {
                    rest.Append(d);
                }
            }

            var composed = rest.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
            if (composed.Length == 1)
            {
                BaseOf[c] = composed[0];
                ToneOf[c] = tone;
            }
        }
    }

    /// <summary>The key hash of <paramref name="text"/>[start..end).</summary>
    public static ulong Of(string text, int start, int end)
    {
        var hash = FnvOffset;
        byte tone = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            char b;
            if (c < TableSize)
            {
                b = BaseOf[c];
                if (ToneOf[c] != 0)
                {
                    tone = ToneOf[c];
                }
            }
            else
            {
                b = char.ToLowerInvariant(c);
            }

            if (b != '\0')
            {
                hash = (hash ^ b) * FnvPrime;
            }
        }

        return (hash ^ (ulong)(0x100 + tone)) * FnvPrime;
    }

    public static ulong Of(string syllable) => Of(syllable, 0, syllable.Length);

    /// <summary>The hash of a literal string, exactly as written (for feature template names and shapes).</summary>
    public static ulong Literal(string text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    /// <summary>Combines two hashes into one, order-sensitive.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var x = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        return x;
    }

    private static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    private static byte ToneIndex(char c) => c switch
    {
        '\u0300' => 1,
        '\u0301' => 2,
        '\u0303' => 3,
        '\u0309' => 4,
        _ => 5,
    };
}
