namespace Extractor.Normalization.Numerals;

/// <summary>Reads Roman numerals as Vietnamese writes ordinals ("khóa XIII", "lần thứ XIV", "quý III").</summary>
internal static class RomanNumeral
{
    /// <summary>Parses a whole span of I V X L C D M (upper case, canonical subtractive form) to its value.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 12)
        {
            return false;
        }

        var previous = int.MaxValue;
        var repeat = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var v = Digit(text[i]);
            if (v == 0)
            {
                value = 0;
                return false;
            }

            var next = i + 1 < text.Length ? Digit(text[i + 1]) : 0;
            repeat = v == previous ? repeat + 1 : 1;
            if (repeat > 3)
            {
                value = 0;
                return false;
            }

            if (next > v)
            {
                // Subtractive pairs only: IV IX XL XC CD CM.
                if (!((v == 1 && next is 5 or 10) || (v == 10 && next is 50 or 100) || (v == 100 && next is 500 or 1000)))
                {
                    value = 0;
                    return false;
                }

                value -= v;
            }
            else
            {
                value += v;
            }

            previous = v;
        }

        return value > 0;
    }

    private static int Digit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
