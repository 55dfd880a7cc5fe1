using System.Collections.Frozen;
using System.Globalization;
using Extractor.Lexicons;

namespace Extractor.Normalization.Numerals;

/// <summary>Reads one number core at an offset: digits with Vietnamese separators, number words, scale words and their mixes.</summary>
/// <remarks>
/// "1.600" is 1600 and "81,01" is 81.01 (dot groups thousands, comma marks decimals); "1.047,1 tỷ" is 1 047 100 000 000;
/// "hai nghìn không trăm hai mươi" is 2020; "15 nghìn tỷ" multiplies scales; "hai triệu rưỡi" is 2 500 000.
/// Stateless and thread-safe; never throws.
/// </remarks>
internal static class NumeralScanner
{
    private static readonly FrozenDictionary<string, (decimal Value, NumberWordRole Role)> Words = LoadWords();

    /// <summary><see cref="Words"/> by span, made once.</summary>
    private static readonly FrozenDictionary<string, (decimal Value, NumberWordRole Role)>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a number word or a digit starts at <paramref name="start"/> on a word boundary.</summary>
    public static bool CouldStart(string text, int start) =>
        start < text.Length && TextWords.IsBoundaryBefore(text, start)
        && (char.IsAsciiDigit(text[start]) || (char.IsLetter(text[start]) && IsNumberWord(text, start)));

    private static bool IsNumberWord(string text, int start)
    {
        var end = TextWords.WordEnd(text, start);
        return TextWords.TryLookup(WordsBySpan, text.AsSpan(start, end - start), out var w)
            && w.Role is NumberWordRole.Digit or NumberWordRole.Ten or NumberWordRole.Hundred;
    }

    /// <summary>Reads the number core starting at <paramref name="start"/>.</summary>
    public static bool TryRead(string text, int start, out NumeralToken token)
    {
        token = default;
        if (!CouldStart(text, start))
        {
            return false;
        }

        decimal total = 0, small = 0, lastScale = 0, lastUnit = 0;
        decimal? pending = null;
        var shape = NumeralShape.None;
        var end = start;
        var i = start;
        var consumed = 0;
        var previousRole = (NumberWordRole?)null;
        var previousWasDigits = false;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                if (pending is not null || small != 0 || (consumed > 0 && lastScale == 0))
                {
                    break; // "hai 3" or "3 4": two numbers, not one
                }

                if (consumed > 0 && !SmallerScaleFollows(text, i, lastScale))
                {
                    break; // "3 tỷ 2 đơn vị": the 2 starts something else; "2 tỷ 500 triệu" goes on
                }

                if (!TryDigits(text, i, out var value, out var digitsEnd, out var digitShape))
                {
                    break;
                }

                pending = value;
                shape |= digitShape;
                end = i = digitsEnd;
                consumed++;
                previousRole = null;
                previousWasDigits = true;
            }
            else if (char.IsLetter(text[i]))
            {
                var wordEnd = TextWords.WordEnd(text, i);
                if (!TextWords.TryLookup(WordsBySpan, text.AsSpan(i, wordEnd - i), out var word))
                {
                    break;
                }

                var ok = true;
                switch (word.Role)
                {
                    case NumberWordRole.Digit:
                        if (pending is not null || previousWasDigits)
                        {
                            ok = false;
                            break;
                        }

                        // "năm 2020" is a year, "năm" then a non-number is the digit 5 only when a number word or noun follows.
                        if (word.Value == 5 && consumed == 0 && NextIsDigits(text, wordEnd))
                        {
                            ok = false;
                            break;
                        }

                        if (word.Value == 0 && consumed == 0)
                        {
                            ok = false; // a leading "không" is "no", not zero
                            break;
                        }

                        // "mười năm", "hai mươi năm": five after a ten is written "lăm"; "năm" there is the year ("ten years").
                        if (word.Value == 5 && previousRole is NumberWordRole.Ten or NumberWordRole.Tens)
                        {
                            ok = false;
                            break;
                        }

                        pending = word.Value;
                        break;
                    case NumberWordRole.LateDigit:
                        // "hai mươi tư", "mười lăm"; after "linh"/"lẻ" only "tư" ("một trăm lẻ tư" is 104).
                        if (pending is not null || !(previousRole is NumberWordRole.Tens or NumberWordRole.Ten
                            || (previousRole == NumberWordRole.ZeroTens && word.Value == 4)))
                        {
                            ok = false;
                            break;
                        }

                        pending = word.Value;
                        break;
                    case NumberWordRole.Ten:
                        if (pending is not null)
                        {
                            ok = false;
                            break;
                        }

                        small += 10;
                        lastUnit = 1;
                        break;
                    case NumberWordRole.Tens:
                        if (pending is null && !TextWords.Is(text.AsSpan(i, wordEnd - i), "chục"))
                        {
                            ok = false;
                            break;
                        }

                        small += (pending ?? 1) * 10;
                        pending = null;
                        lastUnit = 10;
                        break;
                    case NumberWordRole.Hundred:
                        small += (pending ?? 1) * 100;
                        pending = null;
                        lastUnit = 100;
                        break;
                    case NumberWordRole.ZeroTens:
                        ok = small >= 100 || total > 0;
                        break;
                    case NumberWordRole.Scale:
                        var group = small + (pending ?? 0);
                        if (consumed == 0)
                        {
                            ok = false;
                            break;
                        }

                        if (group == 0 && total > 0 && word.Value > lastScale)
                        {
                            total *= word.Value; // "15 nghìn tỷ"
                        }
                        else if (lastScale == 0 || word.Value > lastScale)
                        {
                            total = (total + group) * word.Value;
                        }
                        else
                        {
                            total += group * word.Value;
                        }

                        lastScale = word.Value;
                        lastUnit = word.Value;
                        small = 0;
                        pending = null;
                        shape |= NumeralShape.Scaled;
                        break;
                    case NumberWordRole.Point:
                        if (consumed == 0 || lastScale != 0 || !TryDecimalWords(text, wordEnd, out var fraction, out var fractionEnd))
                        {
                            ok = false;
                            break;
                        }

                        small += (pending ?? 0) + fraction;
                        pending = null;
                        wordEnd = fractionEnd;
                        shape |= NumeralShape.Fraction;
                        break;
                    case NumberWordRole.Half:
                        if (lastUnit == 0 || pending is not null)
                        {
                            ok = false;
                            break;
                        }

                        small += lastUnit / 2;
                        lastUnit = 0;
                        break;
                }

                if (!ok)
                {
                    break;
                }

                if (word.Role != NumberWordRole.Scale && word.Role != NumberWordRole.Half)
                {
                    shape |= NumeralShape.Words;
                }

                previousRole = word.Role;
                previousWasDigits = false;
                consumed++;
                end = i = wordEnd;
            }
            else
            {
                break;
            }

            // One space between the parts of a number.
            if (i < text.Length && text[i] == ' ' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (consumed == 0)
        {
            return false;
        }

        // A lone scale or tens word cannot end up here (consumed counts them only after a digit); a lone "mười" is 10.
        var valueTotal = total + small + (pending ?? 0);

        token = new NumeralToken(Clean(valueTotal), start, end, shape);
        return true;
    }

    /// <summary>Reads digits with separators at <paramref name="start"/>: "1.600", "81,01", "1.234.567", "1.047,1", "16.7", "01".</summary>
    public static bool TryDigits(string text, int start, out decimal value, out int end, out NumeralShape shape)
    {
        value = 0;
        shape = NumeralShape.Digits;
        var i = start;
        int dots = 0, commas = 0;
        var groupsOfThree = true;
        var group = 0;
        var firstGroup = -1;
        var lastSeparatorChar = '\0';
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                group++;
                i++;
                continue;
            }

            if ((c is '.' or ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                if (firstGroup < 0)
                {
                    firstGroup = group;
                }
                else if (group != 3)
                {
                    groupsOfThree = false;
                }

                if (c == '.')
                {
                    dots++;
                }
                else
                {
                    commas++;
                }

                lastSeparatorChar = c;
                group = 0;
                i++;
                continue;
            }

            break;
        }

        end = i;
        if (i == start)
        {
            return false;
        }

        var raw = text.AsSpan(start, end - start);
        if (raw[0] == '0' && raw.Length > 1 && char.IsAsciiDigit(raw[1]))
        {
            shape |= NumeralShape.ZeroLed;
        }

        if (dots + commas == 0)
        {
            return decimal.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        var lastGroup = group;
        if (firstGroup is < 1 or > 3)
        {
            groupsOfThree = false;
        }

        string normalized;
        if (dots > 0 && commas > 0)
        {
            // Both: the last separator marks decimals ("1.047,1" Vietnamese; "1,047.1" English).
            var thousands = lastSeparatorChar == ',' ? '.' : ',';
            normalized = raw.ToString().Replace(thousands.ToString(), "", StringComparison.Ordinal).Replace(',', '.');
            shape |= NumeralShape.Grouped | NumeralShape.Fraction;
        }
        else if (dots > 0)
        {
            if (groupsOfThree && lastGroup == 3)
            {
                normalized = raw.ToString().Replace(".", "", StringComparison.Ordinal);
                shape |= NumeralShape.Grouped;
            }
            else if (dots == 1)
            {
                normalized = raw.ToString();
                shape |= NumeralShape.Fraction | NumeralShape.DotFraction;
            }
            else
            {
                return false; // "16.7.2020", "0263.3822.111": a date or a phone number
            }
        }
        else if (commas == 1)
        {
            normalized = raw.ToString().Replace(',', '.');
            shape |= NumeralShape.Fraction;
        }
        else if (groupsOfThree && lastGroup == 3)
        {
            normalized = raw.ToString().Replace(",", "", StringComparison.Ordinal);
            shape |= NumeralShape.Grouped;
        }
        else
        {
            return false;
        }

        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = Clean(value);
        return true;
    }

    /// <summary>Digit words after "phẩy", one decimal digit each: "năm" → 0.5, "một bốn" → 0.14.</summary>
    private static bool TryDecimalWords(string text, int from, out decimal fraction, out int end)
    {
        fraction = 0;
        end = from;
        var scale = 0.1m;
        var i = from;
        while (i + 1 < text.Length && text[i] == ' ' && char.IsLetter(text[i + 1]))
        {
            var wordEnd = TextWords.WordEnd(text, i + 1);
            if (!TextWords.TryLookup(WordsBySpan, text.AsSpan(i + 1, wordEnd - i - 1), out var w) || w.Role is not (NumberWordRole.Digit or NumberWordRole.LateDigit))
            {
                break;
            }

            fraction += w.Value * scale;
            scale /= 10;
            end = i = wordEnd;
        }

        return end > from;
    }

    /// <summary>The same number without trailing decimal zeros (6,70 → 6.7; 4700.0 → 4700).</summary>
    public static decimal Clean(decimal value) => value / 1.000000000000000000000000000000000m;

    private static bool SmallerScaleFollows(string text, int digitsStart, decimal lastScale)
    {
        if (!TryDigits(text, digitsStart, out _, out var end, out _))
        {
            return false;
        }

        var word = TextWords.NextWord(text, end, out _);
        return TextWords.TryLookup(WordsBySpan, word, out var w) && w.Role == NumberWordRole.Scale && w.Value < lastScale;
    }

    private static bool NextIsDigits(string text, int wordEnd)
    {
        var j = TextWords.SkipSpaces(text, wordEnd);
        return j < text.Length && char.IsAsciiDigit(text[j]);
    }

    private static FrozenDictionary<string, (decimal, NumberWordRole)> LoadWords()
    {
        var map = new Dictionary<string, (decimal, NumberWordRole)>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("Normalization/number-words.tsv"))
        {
            var role = row[2] switch
            {
                "digit" => NumberWordRole.Digit,
                "late-digit" => NumberWordRole.LateDigit,
                "ten" => NumberWordRole.Ten,
                "tens" => NumberWordRole.Tens,
                "hundred" => NumberWordRole.Hundred,
                "zero-tens" => NumberWordRole.ZeroTens,
                "scale" => NumberWordRole.Scale,
                "half" => NumberWordRole.Half,
                "point" => NumberWordRole.Point,
                _ => throw new InvalidOperationException($"number-words.tsv: unknown role '{row[2]}'"),
            };
            map[Unicode.VietnameseText.NormalizeExpression(row[0]).Text] = (decimal.Parse(row[1], CultureInfo.InvariantCulture), role);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The value of a number word ("mười" → 10) for tests and the expression reader.</summary>
    internal static bool TryWord(ReadOnlySpan<char> word, out decimal value, out NumberWordRole role)
    {
        var found = TextWords.TryLookup(WordsBySpan, word, out var entry);
        (value, role) = entry;
        return found;
    }
}
