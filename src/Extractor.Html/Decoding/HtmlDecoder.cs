using System.Text;
using System.Text.RegularExpressions;
using Extractor.Normalization.Unicode;

namespace Extractor.Html.Decoding;

/// <summary>Turns a page's bytes into text: BOM, then the HTTP charset, then the page's own &lt;meta charset&gt;, then detection.</summary>
/// <remarks>
/// Never throws: invalid bytes become U+FFFD and are reported. After decoding, UTF-8 read as Latin-1 ("Ä\u0090áº£ng") is
/// repaired, legacy Vietnamese font text (TCVN3, VNI) is converted and the text is put in NFC.
/// </remarks>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 4096;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedPage Decode(ReadOnlySpan<byte> bytes, string? httpCharset)
    {
        var errors = new List<string>();
        string text;
        string name;
        if (Bom(bytes) is { } bom)
        {
            (text, name) = Read(bytes[bom.Length..], bom.Encoding, errors);
        }
        else
        {
            var declared = Resolve(httpCharset, "HTTP header", errors) ?? Resolve(Prescan(bytes), "page's meta charset", errors);
            if (declared is not null && declared.CodePage == Encoding.UTF8.CodePage && !IsMostlyUtf8(bytes, declared: true))
            {
                errors.Add("page declares utf-8 but is not; the encoding was detected instead");
                declared = null;
            }

            (text, name) = Read(bytes, declared ?? Detect(bytes), errors);
        }

        text = Repair(text, errors);
        return new DecodedPage(text, name, errors);
    }

    /// <summary>Repairs and normalizes text that is already decoded (mojibake, legacy fonts, NFD).</summary>
    public static string Repair(string text, List<string> errors)
    {
        if (MojibakeRepair.TryRepair(text, out var repaired, out var count))
        {
            errors.Add($"repaired {count} run(s) of UTF-8 read as Latin-1 (mojibake)");
            text = repaired;
        }

        text = LegacyFontText.Convert(text, errors);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static (string Text, string Name) Read(ReadOnlySpan<byte> bytes, Encoding encoding, List<string> errors)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return (strict.GetString(bytes), encoding.WebName);
        }
        catch (DecoderFallbackException)
        {
            var text = encoding.GetString(bytes);
            var bad = text.Count(c => c == '\uFFFD');
            errors.Add($"{bad} invalid {encoding.WebName} byte sequence(s) replaced with U+FFFD");
            return (text, encoding.WebName);
        }
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(false, false), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(true, false), 2);
        }

        return null;
    }

    /// <summary>The charset named in the first bytes of the page (&lt;meta charset&gt; or http-equiv Content-Type).</summary>
    internal static string? Prescan(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static Encoding? Resolve(string? charset, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim();
        var param = CharsetParameter().Match(name);
        if (param.Success)
        {
            name = param.Groups["cs"].Value;
        }
        else if (name.Contains(';', StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal))
        {
            return null; // a content type without a charset parameter
        }

        name = name.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            // As browsers do (WHATWG Encoding): these labels mean windows-1252.
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "utf8" => "utf-8",
            "cp1258" or "windows1258" => "windows-1258",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            errors.Add($"unknown charset '{charset.Trim()}' in the {where}; the encoding was detected instead");
            return null;
        }
    }

    /// <summary>UTF-8 when the bytes are (almost all) valid UTF-8; else Windows-1258 when Vietnamese combining tones show, else Windows-1252.</summary>
    private static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (IsMostlyUtf8(bytes))
        {
            return new UTF8Encoding(false);
        }

        // Windows-1258 writes tones as combining marks at 0xCC, 0xD2, 0xDE, 0xEC, 0xF2 right after a vowel.
        int tones = 0, highs = 0;
        for (var i = 1; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b >= 0x80)
            {
                highs++;
                if (b is 0xCC or 0xD2 or 0xDE or 0xEC or 0xF2 && IsVowelByte(bytes[i - 1]))
                {
                    tones++;
                }
            }
        }

        return Encoding.GetEncoding(tones > 0 && tones * 20 >= highs ? 1258 : 1252);
    }

    private static bool IsVowelByte(byte b) =>
        "aeiouyAEIOUY"u8.Contains(b) || b is 0xE2 or 0xC2 or 0xEA or 0xCA or 0xF4 or 0xD4 or 0xE3 or 0xC3 or 0xF5 or 0xD5 or 0xFD or 0xDD;

    /// <summary>True when the bytes are valid UTF-8 but for a few stray sequences (at most 1 in 20 non-ASCII characters).</summary>
    /// <remarks>
    /// A page that declares UTF-8 keeps it unless a quarter or more of its non-ASCII sequences are invalid. Windows-1252/1258
    /// text read as UTF-8 makes almost no valid sequences (a letter byte is followed by ASCII), so the margin is safe.
    /// </remarks>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes, bool declared = false)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        var (valid, invalid) = TextDecoder.CountUtf8Sequences(bytes);
        return invalid == 0 || (declared ? invalid * 4 <= valid : invalid * 20 <= valid);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?(?<cs>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();
}
