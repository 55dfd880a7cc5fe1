using Extractor.Learning.Text;

namespace Extractor.Learning.Features;

/// <summary>Turns the tokens of a sentence into hashed features: syllable, shape, case, lexicon membership, neighbours, position and punctuation.</summary>
/// <remarks>
/// Each token gets exactly <see cref="TemplateCount"/> 64-bit feature hashes, computed without allocating, so tagging
/// stays fast. Immutable and thread-safe. <see cref="FeatureSetId"/> names the templates and the lexicons; a model
/// records it and refuses to load under a different one.
/// </remarks>
public sealed class SyllableFeaturizer
{
    /// <summary>Features per token.</summary>
    public const int TemplateCount = 26;

    private const string TemplateVersion = "syllable-v1";

    private static readonly ulong BeginKey = SyllableKey.Literal("<s>");
    private static readonly ulong EndKey = SyllableKey.Literal("</s>");
    private static readonly ulong NumberKey = SyllableKey.Literal("<num>");
    private static readonly ulong[] TemplateIds = Enumerable.Range(0, TemplateCount).Select(i => SyllableKey.Literal("t" + i)).ToArray();

    private readonly FeatureLexicons _lexicons;

    public SyllableFeaturizer(FeatureLexicons? lexicons = null)
    {
        _lexicons = lexicons ?? FeatureLexicons.Default;
        FeatureSetId = TemplateVersion + "+" + _lexicons.Id;
    }

    public static SyllableFeaturizer Default { get; } = new();

    public string FeatureSetId { get; }

    /// <summary>Writes <see cref="TemplateCount"/> features per token of <paramref name="tokens"/> into <paramref name="features"/>.</summary>
    internal void Extract(string text, ReadOnlySpan<Token> tokens, Span<ulong> features, FeatureScratch scratch)
    {
        var n = tokens.Length;
        scratch.Ensure(n);
        var keys = scratch.Keys.AsSpan(0, n);
        var shapes = scratch.Shapes.AsSpan(0, n);
        var cases = scratch.Cases.AsSpan(0, n);
        var begins = scratch.Begins.AsSpan(0, n);
        var inside = scratch.Inside.AsSpan(0, n);

        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            (shapes[i], cases[i]) = ShapeOf(text, token);
            keys[i] = token.Kind == TokenKind.Number
                ? SyllableKey.Mix(NumberKey, (ulong)Math.Min(token.Span.Length, 6))
                : SyllableKey.Of(text, token.Span.Start, token.Span.End);
        }

        _lexicons.Classify(keys, begins, inside);

        for (var i = 0; i < n; i++)
        {
            var f = features.Slice(i * TemplateCount, TemplateCount);
            var w0 = keys[i];
            var wm1 = i >= 1 ? keys[i - 1] : BeginKey;
            var wm2 = i >= 2 ? keys[i - 2] : BeginKey;
            var wp1 = i + 1 < n ? keys[i + 1] : EndKey;
            var wp2 = i + 2 < n ? keys[i + 2] : EndKey;
            ulong c0 = cases[i];
            ulong cm1 = i >= 1 ? cases[i - 1] : 7UL;
            ulong cm2 = i >= 2 ? cases[i - 2] : 7UL;
            ulong cp1 = i + 1 < n ? cases[i + 1] : 8UL;
            ulong cp2 = i + 2 < n ? cases[i + 2] : 8UL;
            var b0 = (ulong)(uint)begins[i];
            var i0 = (ulong)(uint)inside[i];
            var bm1 = i >= 1 ? (ulong)(uint)begins[i - 1] | ((ulong)(uint)inside[i - 1] << 16) : 1UL << 40;
            var bp1 = i + 1 < n ? (ulong)(uint)begins[i + 1] | ((ulong)(uint)inside[i + 1] << 16) : 1UL << 41;
            var bm2 = i >= 2 ? (ulong)(uint)begins[i - 2] : 1UL << 40;
            var bp2 = i + 2 < n ? (ulong)(uint)begins[i + 2] : 1UL << 41;
            var position = (ulong)(uint)Math.Min(i, 3) | (i + 1 == n ? 8UL : 0UL) | (tokens[i].LineStart ? 16UL : 0UL);
            var gapBefore = i >= 1 && tokens[i - 1].Span.End == tokens[i].Span.Start ? 1UL : 0UL;
            var gapAfter = i + 1 < n && tokens[i + 1].Span.Start == tokens[i].Span.End ? 2UL : 0UL;

            f[0] = T(0, 0);
            f[1] = T(1, w0);
            f[2] = T(2, shapes[i]);
            f[3] = T(3, wm1);
            f[4] = T(4, wp1);
            f[5] = T(5, wm2);
            f[6] = T(6, wp2);
            f[7] = T(7, SyllableKey.Mix(wm1, w0));
            f[8] = T(8, SyllableKey.Mix(w0, wp1));
            f[9] = T(9, cm1 | (c0 << 4) | (cp1 << 8));
            f[10] = T(10, c0 | (cp1 << 4) | (cp2 << 8));
            f[11] = T(11, b0);
            f[12] = T(12, i0);
            f[13] = T(13, bm1);
            f[14] = T(14, bp1);
            f[15] = T(15, b0 | (i0 << 16) | (c0 << 32));
            f[16] = T(16, position | (c0 << 8));
            f[17] = T(17, SyllableKey.Mix(wm1, c0));
            f[18] = T(18, SyllableKey.Mix(wp1, c0 + 100));
            f[19] = T(19, bp1 | (cp1 << 48) | (c0 << 56));
            f[20] = T(20, SyllableKey.Mix(wm2, wm1));
            f[21] = T(21, SyllableKey.Mix(wp1, wp2));
            f[22] = T(22, gapBefore | gapAfter | (c0 << 4));
            f[23] = T(23, bm2 | (cm2 << 32));
            f[24] = T(24, bp2 | (cp2 << 32));
            f[25] = T(25, b0 | (i0 << 16) | (c0 << 32) | (cm1 << 40) | (cp1 << 48));
        }
    }

    private static ulong T(int template, ulong value) => SyllableKey.Mix(TemplateIds[template], value);

    /// <summary>Characters below this have their shape class in <see cref="ShapeClass"/>: all of Vietnamese, Latin and the usual punctuation.</summary>
    private const int ShapeTableSize = 0x2000;

    /// <summary><see cref="ShapeClassOf"/> of every character below <see cref="ShapeTableSize"/>, read instead of asking the
    /// Unicode tables up to three times per character; built from the same test, so shapes are unchanged.</summary>
    private static readonly char[] ShapeClass = BuildShapeClasses();

    /// <summary>'X' for a capital, 'x' for another letter, 'd' for a digit, else the character itself.</summary>
    private static char ShapeClassOf(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    private static char[] BuildShapeClasses()
    {
        var classes = new char[ShapeTableSize];
        for (var c = 0; c < ShapeTableSize; c++)
        {
            classes[c] = ShapeClassOf((char)c);
        }

        return classes;
    }

    /// <summary>A compressed shape hash ("Xx", "XX", "d,d", "-") and a case class (0 lower, 1 capitalised, 2 all capitals, 3 mixed, 4 number, 5 punctuation).</summary>
    private static (ulong Shape, byte Case) ShapeOf(string text, Token token)
    {
        const ulong Prime = 1099511628211UL;
        var hash = 14695981039346656037UL;
        var last = '\0';
        var length = 0;
        int upper = 0, lower = 0;
        for (var k = token.Span.Start; k < token.Span.End && length < 6; k++)
        {
            var c = text[k];
            var s = c < ShapeTableSize ? ShapeClass[c] : ShapeClassOf(c);
            if (s == 'X')
            {
                upper++;
            }
            else if (s == 'x')
            {
                lower++;
            }

            if (s != last)
            {
                hash = (hash ^ s) * Prime;
                last = s;
                length++;
            }
        }

        byte cls = token.Kind switch
        {
            TokenKind.Number => 4,
            TokenKind.Punctuation => 5,
            _ when upper == 0 => 0,
            _ when lower == 0 => token.Span.Length == 1 ? (byte)1 : (byte)2,
            _ when ShapeClassOf(text[token.Span.Start]) == 'X' && upper == 1 => 1,
            _ => 3,
        };
        if (token.Kind == TokenKind.Punctuation)
        {
            // Punctuation keeps its identity: "-", "–", ",", ";", ":" mark title chains differently.
            hash = (hash ^ text[token.Span.Start]) * Prime;
        }

        return (hash, cls);
    }
}
