using System.Text;

namespace Extractor.Normalization.Unicode;

/// <summary>The text of an input file and what went wrong reading it.</summary>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<string> Errors);

/// <summary>Turns an input file's bytes into text: BOM, then UTF-8 (a few bad bytes replaced and reported), then Windows-1258, never throwing.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> (HTTP header or meta) wins when valid.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var errors = new List<string>();
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Strict(bytes[3..], new UTF8Encoding(false, true), "utf-8", errors);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", errors);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", errors);
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            var enc = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            return new DecodedText(enc.GetString(bytes), bigEndian ? "utf-16be" : "utf-16le", errors);
        }

        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared
            && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return new DecodedText(declared.GetString(bytes), declared.WebName, errors);
        }

        try
        {
            return new DecodedText(new UTF8Encoding(false, true).GetString(bytes), "utf-8", errors);
        }
        catch (DecoderFallbackException)
        {
            // A few stray bytes in UTF-8 text (a truncated copy, a bad paste) must not turn the whole text into mojibake.
            var (valid, invalid) = CountUtf8Sequences(bytes);
            if (valid > 0 && invalid * 10 <= valid)
            {
                errors.Add($"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD");
                return new DecodedText(new UTF8Encoding(false, false).GetString(bytes), "utf-8", errors);
            }

            // Not UTF-8: Vietnamese pages without a declared charset are most often Windows-1258.
            errors.Add("input is not valid UTF-8; decoded as windows-1258");
            var cp1258 = Encoding.GetEncoding(1258);
            return new DecodedText(cp1258.GetString(bytes), "windows-1258", errors);
        }
    }

    /// <summary>Counts the well-formed multi-byte UTF-8 sequences and the bytes that start no valid sequence.</summary>
    /// <remarks>How text and HTML readers tell UTF-8 with a few stray bytes from text in another encoding.</remarks>
    public static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var need = b switch
            {
                >= 0xC2 and <= 0xDF => 1,
                >= 0xE0 and <= 0xEF => 2,
                >= 0xF0 and <= 0xF4 => 3,
                _ => -1,
            };
            var ok = need > 0 && i + need < bytes.Length;
            for (var k = 1; ok && k <= need; k++)
            {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                valid++;
                i += need + 1;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return (valid, invalid);
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name, List<string> errors)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes), name, errors);
        }
        catch (DecoderFallbackException)
        {
            errors.Add($"invalid {name} bytes replaced with U+FFFD");
            return new DecodedText(Encoding.UTF8.GetString(bytes), name, errors);
        }
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>UTF-16 without a BOM shows NUL in every other byte of ASCII text.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        if (sample.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }

            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return true;
        }

        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    /// <summary>True when the bytes look like a binary file (NUL bytes or a known binary signature), not text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, out string? kind)
    {
        kind = null;
        if (bytes.StartsWith("%PDF"u8))
        {
            kind = "PDF";
        }
        else if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            kind = "JPEG";
        }
        else if (bytes.StartsWith("\x89PNG"u8) || (bytes.Length > 3 && bytes[0] == 0x89 && bytes[1] == (byte)'P'))
        {
            kind = "PNG";
        }
        else if (bytes.StartsWith("PK\x03\x04"u8))
        {
            kind = "ZIP";
        }
        else if (bytes.StartsWith("GIF8"u8))
        {
            kind = "GIF";
        }

        if (kind is not null)
        {
            return true;
        }

        if (LooksLikeUtf16(bytes, out _))
        {
            return false;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                kind = "binary";
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                controls++;
            }
        }

        if (sample.Length > 0 && controls > sample.Length / 10)
        {
            kind = "binary";
            return true;
        }

        return false;
    }
}
