using System.Text;

namespace Extractor.Html.Decoding;

/// <summary>Repairs UTF-8 text that was decoded as Latin-1 or Windows-1252 on its way ("Ä\u0090áº£ng" → "Đảng").</summary>
/// <remarks>Only complete UTF-8 sequences made of such characters are rewritten; anything else is left as it was.</remarks>
internal static class MojibakeRepair
{
    /// <summary>Repairs are made only when at least this many sequences are found, so a stray "Â»" in real Latin-1 text stays.</summary>
    private const int MinimumSequences = 2;

    public static bool TryRepair(string text, out string repaired, out int count)
    {
        repaired = text;
        count = CountSequences(text);
        if (count < MinimumSequences)
        {
            return false;
        }

        var builder = new StringBuilder(text.Length);
        Span<byte> buffer = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            var length = SequenceAt(text, i, buffer);
            if (length > 0)
            {
                builder.Append(Encoding.UTF8.GetString(buffer[..length]));
                i += length;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }

        repaired = builder.ToString();
        return true;
    }

    private static int CountSequences(string text)
    {
        Span<byte> buffer = stackalloc byte[4];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Jump to the next character that can lead a sequence: a page is mostly ASCII markup, scanned vectorized.
            var next = text.AsSpan(i).IndexOfAnyInRange('\u00C2', '\u00F4');
            if (next < 0)
            {
                break;
            }

            i += next;
            var length = SequenceAt(text, i, buffer);
            if (length > 0)
            {
                count++;
                i += length;
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>The number of characters at <paramref name="i"/> that are one UTF-8 sequence read as single bytes, or 0.</summary>
    private static int SequenceAt(string text, int i, Span<byte> bytes)
    {
        var lead = ByteOf(text[i]);
        var need = lead switch
        {
            >= 0xC2 and <= 0xDF => 1,
            >= 0xE0 and <= 0xEF => 2,
            >= 0xF0 and <= 0xF4 => 3,
            _ => -1,
        };
        if (need < 0 || i + need >= text.Length)
        {
            return 0;
        }

        bytes[0] = (byte)lead;
        for (var k = 1; k <= need; k++)
        {
            var b = ByteOf(text[i + k]);
            if (b is < 0x80 or > 0xBF)
            {
                return 0;
            }

            bytes[k] = (byte)b;
        }

        // Overlong and surrogate forms are not UTF-8: reject them as the decoder would.
        if ((lead == 0xE0 && bytes[1] < 0xA0) || (lead == 0xED && bytes[1] > 0x9F) || (lead == 0xF0 && bytes[1] < 0x90) || (lead == 0xF4 && bytes[1] > 0x8F))
        {
            return 0;
        }

        return need + 1;
    }

    /// <summary>The byte a character stands for in Windows-1252 (with Latin-1's C1 controls for its five holes), or -1.</summary>
    private static int ByteOf(char c) => c switch
    {
        >= '\u0080' and <= '\u00FF' => c,
        '€' => 0x80, '‚' => 0x82, 'ƒ' => 0x83, '„' => 0x84, '…' => 0x85, '†' => 0x86, '‡' => 0x87, 'ˆ' => 0x88,
        '‰' => 0x89, 'Š' => 0x8A, '‹' => 0x8B, 'Œ' => 0x8C, 'Ž' => 0x8E, '\u2018' => 0x91, '\u2019' => 0x92,
        '\u201C' => 0x93, '\u201D' => 0x94, '•' => 0x95, '–' => 0x96, '—' => 0x97, '˜' => 0x98, '™' => 0x99,
        'š' => 0x9A, '›' => 0x9B, 'œ' => 0x9C, 'ž' => 0x9E, 'Ÿ' => 0x9F,
        _ => -1,
    };
}
