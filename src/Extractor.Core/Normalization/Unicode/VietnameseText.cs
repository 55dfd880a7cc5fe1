using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Extractor.Normalization.Unicode;

/// <summary>Puts Vietnamese text into the one canonical form every extractor reads, keeping a map back to the raw offsets.</summary>
/// <remarks>
/// In order: legacy encodings (TCVN3, VNI) detected and converted; combining marks composed (NFC, which also
/// covers Windows-1258's separate tone marks); look-alikes replaced ("Ð" U+00D0 → "Đ", "ð" → "đ"); zero-width
/// characters, soft hyphens and BOMs removed; NBSP, tabs and other odd spaces made plain spaces and runs of them
/// folded to one; CR LF and CR made LF; each syllable's tone mark moved to its canonical vowel, the classic
/// placement "hòa", "thủy", "Ủy ban", "khỏe" (see <see cref="TonePlacement"/>). Normalizing twice changes nothing.
/// Stateless and thread-safe; never throws on any string.
/// </remarks>
public static class VietnameseText
{
    /// <summary>Normalizes an article's text: line breaks are kept, spaces inside lines folded.</summary>
    public static NormalizedText Normalize(string raw) => Stable(raw ?? "", trimEnds: false);

    /// <summary>Normalizes a single expression (a CLI line, a name): also trims and folds line breaks to spaces.</summary>
    public static NormalizedText NormalizeExpression(string raw) => Stable(raw ?? "", trimEnds: true);

    /// <summary>Runs the passes again in the rare case a stray combining mark survives (it may compose once a tone moved).</summary>
    private static NormalizedText Stable(string raw, bool trimEnds)
    {
        var result = Run(raw, trimEnds);
        for (var round = 0; round < 3 && result.Text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') >= 0; round++)
        {
            var again = Run(result.Text, trimEnds);
            if (string.Equals(again.Text, result.Text, StringComparison.Ordinal))
            {
                break;
            }

            var offsets = ImmutableArray.CreateBuilder<int>(again.RawOffsets.Length);
            foreach (var at in again.RawOffsets)
            {
                offsets.Add(result.RawOffsets[at]);
            }

            result = new NormalizedText(again.Text, offsets.MoveToImmutable()) { Changed = !string.Equals(again.Text, raw, StringComparison.Ordinal) };
        }

        return result;
    }

    private static NormalizedText Run(string raw, bool trimEnds)
    {
        var source = raw;
        ImmutableArray<int> legacyMap = default;
        var legacy = LegacyVietnamese.Detect(raw);
        if (legacy != LegacyEncoding.None)
        {
            var converted = LegacyVietnamese.ToUnicodeMapped(raw, legacy);
            source = converted.Text;
            legacyMap = converted.RawOffsets;
        }

        var buffer = new char[source.Length];
        var map = new int[source.Length + 1];
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c < 0x80 && c != '\r' && c != '\t' && c != ' ' && c != '\n' && c != '\v' && c != '\f')
            {
                buffer[n] = c;
                map[n++] = i;
                continue;
            }

            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E':
                    continue;
                case '\r':
                    if (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        continue; // the LF that follows is kept and maps to itself
                    }

                    c = '\n';
                    break;
                case '\u00D0':
                    c = '\u0110';
                    break;
                case '\u00F0':
                    c = '\u0111';
                    break;
                case '\uFF05':
                    c = '%'; // the full-width percent sign of East Asian input methods
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    c = '\n';
                    break;
            }

            if (trimEnds && c == '\n')
            {
                c = ' ';
            }

            if (c != '\n' && (c == '\t' || char.IsWhiteSpace(c)))
            {
                c = ' ';
            }

            if (c == ' ')
            {
                if (n == 0 ? trimEnds : buffer[n - 1] is ' ' or '\n')
                {
                    continue;
                }
            }
            else if (c == '\n' && n > 0 && buffer[n - 1] == ' ')
            {
                n--; // a space before a line break is dropped; the break takes its place
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark && n > 0 && TryCompose(buffer[n - 1], c, out var composed))
            {
                buffer[n - 1] = composed;
                continue;
            }

            buffer[n] = c;
            map[n++] = i;
        }

        if (trimEnds && n > 0 && buffer[n - 1] == ' ')
        {
            n--;
        }

        map[n] = !trimEnds ? source.Length : n > 0 ? map[n - 1] + 1 : 0;

        PlaceTones(buffer.AsSpan(0, n));

        var text = new string(buffer, 0, n);
        var offsets = ImmutableArray.CreateBuilder<int>(n + 1);
        for (var k = 0; k <= n; k++)
        {
            var at = map[k];
            offsets.Add(legacyMap.IsDefault ? at : legacyMap[Math.Min(at, legacyMap.Length - 1)]);
        }

        return new NormalizedText(text, offsets.MoveToImmutable()) { Changed = !string.Equals(text, raw, StringComparison.Ordinal) };
    }

    /// <summary>Composes a base letter with a following combining mark (decomposed or Windows-1258 input).</summary>
    private static bool TryCompose(char baseLetter, char mark, out char composed)
    {
        composed = '\0';
        if (char.IsSurrogate(baseLetter) || char.IsSurrogate(mark))
        {
            return false; // a lone surrogate cannot be normalized; keep it as written
        }

        var tone = VietnameseLetters.ToneOfMark(mark);
        if (tone > 0 && VietnameseLetters.ToneOf(baseLetter) == 0)
        {
            composed = VietnameseLetters.WithTone(baseLetter, tone);
            if (composed != '\0')
            {
                return true;
            }
        }

        Span<char> pair = [baseLetter, mark];
        var nfc = new string(pair).Normalize(NormalizationForm.FormC);
        if (nfc.Length == 1)
        {
            composed = nfc[0];
            return true;
        }

        // A tone mark on a letter that already has one decomposes differently: go through NFD and back.
        var both = (baseLetter.ToString().Normalize(NormalizationForm.FormD) + mark).Normalize(NormalizationForm.FormC);
        composed = both.Length == 1 ? both[0] : '\0';
        return both.Length == 1;
    }

    private static void PlaceTones(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var toned = false;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                toned |= VietnameseLetters.ToneOf(text[i]) != 0;
                i++;
            }

            if (toned)
            {
                TonePlacement.Canonicalize(text[start..i]);
            }
        }
    }
}
