using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Extractor.Lexicons;

namespace Extractor.Normalization.Unicode;

/// <summary>Detects Vietnamese text typed in a pre-Unicode font encoding (TCVN3/ABC, VNI) and converts it to Unicode.</summary>
/// <remarks>
/// Legacy text arrives as its bytes read through Windows-1252 or Latin-1 ("Céng hoµ" for TCVN3, "Coäng hoøa" for VNI).
/// Windows-1258 text with separate tone marks decodes to Unicode base letters plus combining marks, which
/// <see cref="VietnameseText.Normalize"/> composes. The mapping tables are data: <c>Lexicons/Normalization/legacy-*.tsv</c>.
/// Stateless and thread-safe.
/// </remarks>
public static class LegacyVietnamese
{
    private static readonly FrozenDictionary<char, char> Tcvn3 = LoadTcvn3();
    private static readonly FrozenDictionary<string, string> Vni = LoadVni();
    private static readonly int VniLongest = Vni.Keys.Max(k => k.Length);

    /// <summary>Which legacy encoding <paramref name="text"/> is written in, or <see cref="LegacyEncoding.None"/>.</summary>
    /// <remarks>
    /// Text with letters Vietnamese never uses ("µ", "ñ", "û" …) is converted both ways, and the encoding that leaves
    /// the fewest words that are not Vietnamese wins, provided it does better than the text as it is.
    /// </remarks>
    public static LegacyEncoding Detect(ReadOnlySpan<char> text)
    {
        int suspects = 0, vietnameseOnly = 0;
        foreach (var c in text)
        {
            if (c is (>= '\u1EA0' and <= '\u1EF9') or 'ă' or 'Ă' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ')
            {
                vietnameseOnly++;
            }
            else if (c >= '\u0080' && c <= '\u02FF' && !VietnameseLetters.IsVietnameseLetter(c) && (Tcvn3.ContainsKey(c) || IsVniMark(c)))
            {
                suspects++;
            }
        }

        if (vietnameseOnly == 0 && LooksLike1258ReadAs1252(text))
        {
            return LegacyEncoding.Cp1258ReadAs1252;
        }

        if (suspects == 0 || vietnameseOnly > suspects)
        {
            return LegacyEncoding.None;
        }

        var source = text.ToString();
        var (asIs, nonAscii) = CountWords(source);
        var tcvn = InvalidWords(ToUnicodeMapped(source, LegacyEncoding.Tcvn3).Text);
        var vni = InvalidWords(ToUnicodeMapped(source, LegacyEncoding.Vni).Text);
        var best = Math.Min(tcvn, vni);
        if (best >= asIs || (best > 0 && asIs - best < 2) || best * 3 > nonAscii)
        {
            // Converted legacy Vietnamese is almost all syllables; a foreign text that a conversion merely improves is not it.
            return LegacyEncoding.None;
        }

        return vni <= tcvn ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;
    }

    // Windows-1258 bytes whose Windows-1252 reading differs: the five tone marks, ă ơ ư đ (and their capitals), ₫.
    private static readonly FrozenDictionary<char, char> Cp1258From1252 = new Dictionary<char, char>
    {
        ['\u00CC'] = '\u0300', ['\u00EC'] = '\u0301', ['\u00DE'] = '\u0303', ['\u00D2'] = '\u0309', ['\u00F2'] = '\u0323',
        ['\u00C3'] = 'Ă', ['\u00E3'] = 'ă', ['\u00D5'] = 'Ơ', ['\u00F5'] = 'ơ', ['\u00DD'] = 'Ư', ['\u00FD'] = 'ư',
        ['\u00D0'] = 'Đ', ['\u00F0'] = 'đ', ['\u00FE'] = '₫',
    }.ToFrozenDictionary();

    /// <summary>
    /// True when a tone-mark byte read as "Ì ì Þ Ò ò" follows a vowel (or "ð" appears), which Unicode Vietnamese never
    /// writes, and converting leaves no more words that are not Vietnamese than the text as it is.
    /// </summary>
    private static bool LooksLike1258ReadAs1252(ReadOnlySpan<char> text)
    {
        var signals = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u00F0' or '\u00DE')
            {
                signals++;
            }
            else if (c is '\u00CC' or '\u00EC' or '\u00D2' or '\u00F2' && i > 0)
            {
                var previous = Cp1258From1252.TryGetValue(text[i - 1], out var mapped) ? mapped : text[i - 1];
                if (VietnameseLetters.IsVowel(previous) && VietnameseLetters.ToneOf(previous) == 0)
                {
                    signals++;
                }
            }
        }

        if (signals == 0)
        {
            return false;
        }

        var source = text.ToString();
        var converted = TextSafety.ReplaceLoneSurrogates(ToUnicodeMapped(source, LegacyEncoding.Cp1258ReadAs1252).Text).Normalize(NormalizationForm.FormC);
        return InvalidWords(converted) <= InvalidWords(source);
    }

    private static bool IsVniMark(char c) => Vni.ContainsKey(c.ToString()) || "ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË".Contains(c, StringComparison.Ordinal);

    /// <summary>Counts the words (letter runs) that are not Vietnamese-shaped: foreign letters or tone marks in impossible places.</summary>
    private static int InvalidWords(string text) => CountWords(text).Invalid;

    /// <summary>The words that are not Vietnamese-shaped, and the words holding a letter outside ASCII (the only ones a conversion can change).</summary>
    private static (int Invalid, int NonAscii) CountWords(string text)
    {
        int invalid = 0, nonAscii = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            nonAscii += word.ContainsAnyExceptInRange('\0', '\u007F') ? 1 : 0;
            var ok = true;
            var tones = 0;
            foreach (var c in word)
            {
                if (!VietnameseLetters.IsVietnameseLetter(c) && c is not ('\u00D0' or '\u00F0'))
                {
                    // Ð and ð are the look-alikes of Đ and đ, which the normalizer replaces: Vietnamese, not legacy bytes.
                    ok = false;
                    break;
                }

                tones += VietnameseLetters.ToneOf(c) != 0 ? 1 : 0;
            }

            if (!ok || tones > 1 || (tones == 1 && TonePlacement.TargetVowel(word) < 0) || !IsSyllableShaped(word))
            {
                invalid++;
            }
        }

        return (invalid, nonAscii);
    }

    /// <summary>
    /// True when a word written only in Vietnamese letters is also shaped like one syllable: an onset, one to three
    /// vowels, and a coda Vietnamese allows. Without this, German "größer" read as VNI ("grưßer") or other foreign
    /// words would count as Vietnamese just because every letter exists in Vietnamese.
    /// </summary>
    /// <remarks>Words of ASCII letters only are left alone (abbreviations, foreign names): no conversion changes them.</remarks>
    private static bool IsSyllableShaped(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return true;
        }

        if (word.Length > 7)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = word[i] is '\u00D0' or '\u00F0' ? 'd' : VietnameseLetters.Fold(word[i]);
        }

        var at = 0;
        while (at < folded.Length && !VietnameseLetters.IsVowel(folded[at]))
        {
            at++;
        }

        var onset = folded[..at];
        if (!Onsets.Contains(onset.ToString()))
        {
            return false;
        }

        var vowels = 0;
        while (at < folded.Length && VietnameseLetters.IsVowel(folded[at]))
        {
            at++;
            vowels++;
        }

        return vowels is >= 1 and <= 3 && Codas.Contains(folded[at..].ToString());
    }

    // Folded (no diacritics, "đ" as "d") onsets and codas of Vietnamese syllables.
    private static readonly FrozenSet<string> Onsets = new[]
    {
        "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Codas = new[] { "", "c", "ch", "m", "n", "ng", "nh", "p", "t" }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsWordChar(char c) => char.IsLetter(c) || (c >= '\u00A1' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7' && !char.IsWhiteSpace(c));

    /// <summary>Converts legacy text to Unicode (NFC); text in no legacy encoding comes back unchanged.</summary>
    public static string ToUnicode(string text, LegacyEncoding encoding) => ToUnicodeMapped(text, encoding).Text;

    /// <summary>Detects the encoding and converts; the common entry point for readers of old pages.</summary>
    public static string Repair(string text, out LegacyEncoding encoding)
    {
        encoding = Detect(text);
        return encoding == LegacyEncoding.None ? text : ToUnicode(text, encoding);
    }

    /// <summary>Converts and keeps, for each output character, the offset of the input character it came from.</summary>
    internal static NormalizedText ToUnicodeMapped(string text, LegacyEncoding encoding)
    {
        var sb = new StringBuilder(text.Length);
        var map = ImmutableArray.CreateBuilder<int>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (encoding == LegacyEncoding.Cp1258ReadAs1252 && Cp1258From1252.TryGetValue(text[i], out var from1258))
            {
                sb.Append(from1258);
                map.Add(i);
                i++;
                continue;
            }

            if (encoding == LegacyEncoding.Tcvn3 && Tcvn3.TryGetValue(text[i], out var letter))
            {
                sb.Append(letter);
                map.Add(i);
                i++;
                continue;
            }

            if (encoding == LegacyEncoding.Vni)
            {
                var matched = false;
                for (var length = Math.Min(VniLongest, text.Length - i); length >= 1; length--)
                {
                    if (Vni.TryGetValue(text.Substring(i, length), out var converted))
                    {
                        sb.Append(converted);
                        map.Add(i);
                        i += length;
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }

            sb.Append(text[i]);
            map.Add(i);
            i++;
        }

        map.Add(text.Length);
        return new NormalizedText(sb.ToString(), map.ToImmutable());
    }

    private static FrozenDictionary<char, char> LoadTcvn3()
    {
        var map = new Dictionary<char, char>();
        foreach (var row in LexiconResource.ReadRows("Normalization/legacy-tcvn3.tsv"))
        {
            var from = (char)Convert.ToInt32(row[0], 16);
            var to = (char)Convert.ToInt32(row[1], 16);
            map.TryAdd(from, to);
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, string> LoadVni()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("Normalization/legacy-vni.tsv"))
        {
            if (row.Length >= 2 && row[0] != row[1])
            {
                map.TryAdd(row[0], row[1]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
