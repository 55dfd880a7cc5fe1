using Extractor.Documents;
using Extractor.Facts;
using Extractor.Normalization.Unicode;

namespace Extractor.Normalization.Numerals;

/// <summary>Reads a Vietnamese number expression ("hơn 1.600 đảng viên", "81,01 %", "31/36", "hai nghìn không trăm hai mươi").</summary>
/// <remarks>
/// The contract of <c>extractor normalize number</c>: value, whole of a ratio, kind, qualifier, unit. Context decides
/// ambiguity: "Sáng 2-7" and "16.7" after "Sáng" are dates, "số 35-CT/TW" and "Khoản 2, Điều 30" identifiers, and
/// those give an error instead of a value; ordinals ("khóa XIII", "lần thứ 14") give their number with kind other.
/// Stateless and thread-safe; never throws.
/// </remarks>
public static class VietnameseNumber
{
    /// <summary>Reads the first number expression in <paramref name="expression"/>, with everything after it taken as its unit.</summary>
    public static NumberParseResult Parse(string? expression)
    {
        try
        {
            return ParseCore(expression ?? "");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or InvalidOperationException or IndexOutOfRangeException)
        {
            return NumberParseResult.Fail($"cannot read \"{expression}\": {ex.Message}");
        }
    }

    /// <summary>Reads a plain number core ("1.600", "81,01", "4,7 ngàn", "hai mươi tư") with nothing around it.</summary>
    public static bool TryParseValue(string? text, out decimal value)
    {
        value = 0;
        var normalized = VietnameseText.NormalizeExpression(text ?? "").Text;
        if (NumeralScanner.TryRead(normalized, 0, out var token) && token.End == normalized.Length)
        {
            value = token.Value;
            return true;
        }

        return false;
    }

    private static NumberParseResult ParseCore(string expression)
    {
        var text = VietnameseText.NormalizeExpression(expression).Text;
        if (text.Length == 0)
        {
            return NumberParseResult.Fail("empty expression");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!TextWords.IsBoundaryBefore(text, i))
            {
                continue;
            }

            if (char.IsUpper(text[i]) && RomanAt(text, i) is { } roman)
            {
                var role = NumeralContext.RoleBefore(text, i);
                if (role is NumeralRole.Quantity or NumeralRole.Ordinal || i == 0)
                {
                    return NumberParseResult.Ok(new NumberReading(roman.Value, null, FigureKind.Other, null, null, new TextSpan(roman.Start, roman.End)));
                }
            }

            if (!NumeralScanner.TryRead(text, i, out var token))
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    // Digits that no number reading takes whole ("16.7.2020", "0263.3822.111"): a date or a code,
                    // never the number that starts after one of their dots.
                    return new NumberParseResult(null, $"{Describe(UnreadableDigitsRole(text, i))}, not a quantity");
                }

                continue;
            }

            var role2 = NumeralContext.Classify(text, token);
            switch (role2)
            {
                case NumeralRole.Quantity:
                    break;
                case NumeralRole.Ordinal:
                    return NumberParseResult.Ok(new NumberReading(token.Value, null, FigureKind.Other, null, null, new TextSpan(token.Start, token.End)));
                default:
                    return new NumberParseResult(null, $"{Describe(role2)}, not a quantity");
            }

            return NumberParseResult.Ok(ToReading(text, NumberExpressionReader.Read(text, token), wholeRest: true));
        }

        return NumberParseResult.Fail("no number found");
    }

    /// <summary>Turns an expression into the reported reading; with <paramref name="wholeRest"/> the unit is all the text after the number.</summary>
    internal static NumberReading ToReading(string text, NumberExpression e, bool wholeRest)
    {
        var unit = e.Percent ? "%" : e.UnitText;
        var end = e.End;
        if (wholeRest && !e.Percent)
        {
            var restStart = TextWords.SkipSpaces(text, e.NumberEnd);
            var restEnd = text.Length;
            if (e.QualifierAfter is not null)
            {
                var tail = text.AsSpan(restStart);
                var suffix = tail.LastIndexOf(" trở", StringComparison.OrdinalIgnoreCase);
                restEnd = suffix >= 0 ? restStart + suffix : restStart;
            }

            var rest = text[restStart..Math.Max(restStart, restEnd)].Trim().TrimEnd(ClosingPunctuation).TrimEnd();
            rest = DropTrailing(rest, "mới");
            if (e.Unit?.Class is UnitClass.Money or UnitClass.Measure)
            {
                unit = e.UnitText;
            }
            else
            {
                unit = rest.Length == 0 ? null : rest;
            }

            end = text.Length;
        }

        var start = e.QualifierBefore is not null ? e.QualifierBeforeStart : e.Core.Start;
        var kind = e.Kind;
        if (kind == FigureKind.Count && unit is null && decimal.Truncate(e.Value) != e.Value)
        {
            kind = FigureKind.Other;
        }

        var qualifier = wholeRest ? ExpressionQualifier(text, e) : e.Qualifier;
        return new NumberReading(e.Value, e.Of, kind, qualifier, unit, new TextSpan(start, Math.Max(start, end)), e.Max);
    }

    private static readonly char[] ClosingPunctuation = [')', ']', '}', '.', ',', ';', ':', '!', '?', '"', '\u201D'];

    // Words that make "đạt"/"vượt" a measure against a target, quota or plan ("đạt 60% chỉ tiêu").
    private static readonly string[] TargetWords = ["chỉ tiêu", "kế hoạch", "mục tiêu", "được giao", "đề ra", "dự toán"];

    /// <summary>
    /// The qualifier of a whole expression. "đạt" and "vượt" are reported only when they measure against a target: when
    /// the expression opens with them ("đạt 60%", "vượt 5%") or names the target ("đạt 100% kế hoạch",
    /// "vượt chỉ tiêu tỉnh giao 33 đảng viên"); after other words they only introduce a level ("doanh thu đạt 21.000 tỷ
    /// đồng", "(đạt 81,01%)") and the qualifier is null, as the gold conventions say.
    /// </summary>
    private static string? ExpressionQualifier(string text, NumberExpression e)
    {
        var qualifier = e.Qualifier;
        var namesTarget = NamesTarget(text);
        if (qualifier is not null && qualifier == e.QualifierBefore && e.QualifierBeforeRank == QualifierLexicon.Achieve)
        {
            return e.QualifierBeforeStart == 0 || namesTarget ? qualifier : e.QualifierAfter;
        }

        if (qualifier is null && namesTarget && e.Core.Start > 0)
        {
            // "vượt chỉ tiêu tỉnh giao 33 đảng viên": the achieve word opens the expression, the target sits between.
            var first = TextWords.NextWord(text, 0, out _);
            if (TextWords.Is(first, "vượt") || TextWords.Is(first, "đạt"))
            {
                return first.ToString().ToLowerInvariant();
            }
        }

        return qualifier;
    }

    private static bool NamesTarget(string text)
    {
        foreach (var word in TargetWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a run of digits and separators that reads as no number is: a date ("16.7.2020") or a code or phone number.</summary>
    private static NumeralRole UnreadableDigitsRole(string text, int start)
    {
        Span<int> groups = stackalloc int[3];
        var count = 0;
        var separator = '\0';
        var sameSeparator = true;
        var i = start;
        while (i < text.Length)
        {
            var j = i;
            var value = 0;
            while (j < text.Length && char.IsAsciiDigit(text[j]) && j - i < 6)
            {
                value = (value * 10) + (text[j] - '0');
                j++;
            }

            if (j == i)
            {
                break;
            }

            if (count < groups.Length)
            {
                groups[count] = value;
            }

            count++;
            if (j + 1 < text.Length && text[j] is '.' or '/' or '-' && char.IsAsciiDigit(text[j + 1]))
            {
                sameSeparator &= separator == '\0' || separator == text[j];
                separator = text[j];
                i = j + 1;
                continue;
            }

            break;
        }

        if (count == 3 && sameSeparator && groups[0] is >= 1 and <= 31 && groups[1] is >= 1 and <= 12)
        {
            return NumeralRole.Date;
        }

        return text[start] == '0' ? NumeralRole.Phone : NumeralRole.Identifier;
    }

    private static string DropTrailing(string text, string word)
    {
        if (text.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
        {
            return text[..^(word.Length + 1)].TrimEnd();
        }

        return text;
    }

    private static (int Value, int Start, int End)? RomanAt(string text, int i)
    {
        var end = i;
        while (end < text.Length && text[end] is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')
        {
            end++;
        }

        if (end == i || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return null;
        }

        return RomanNumeral.TryParse(text.AsSpan(i, end - i), out var value) ? (value, i, end) : null;
    }

    private static string Describe(NumeralRole role) => role switch
    {
        NumeralRole.Date => "a date",
        NumeralRole.Time => "a clock time",
        NumeralRole.Year => "a year",
        NumeralRole.Period => "a period",
        NumeralRole.Duration => "a duration",
        NumeralRole.Anniversary => "an anniversary",
        NumeralRole.Identifier => "an identifier",
        NumeralRole.Ordinal => "an ordinal",
        NumeralRole.Counter => "a page counter",
        NumeralRole.Phone => "a phone number",
        _ => "not a number",
    };
}
