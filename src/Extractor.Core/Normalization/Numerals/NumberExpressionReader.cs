namespace Extractor.Normalization.Numerals;

/// <summary>Reads what surrounds a number core: range, percent, ratio whole, unit, and the qualifiers before and after.</summary>
/// <remarks>Shared by the <c>normalize number</c> contract and the figures extractor so both read the same way. Thread-safe.</remarks>
internal static class NumberExpressionReader
{
    public static NumberExpression Read(string text, NumeralToken core)
    {
        // The core may take the range's scale below; the expression keeps the adjusted core.
        var i = core.End;
        decimal? max = null, of = null;
        var maxStart = 0;
        string? maxLink = null;
        var percent = false;

        // Range: "2-3", "2 – 3", "từ 2 đến 3".
        var r = TextWords.SkipSpaces(text, i);
        if (r < text.Length && text[r] is '-' or '–' or '—')
        {
            var s = TextWords.SkipSpaces(text, r + 1);
            // "(từ 14 – 20/10/2024)": an upper bound followed by a slash and a number is a date, so the range is one of days.
            if (NumeralScanner.TryRead(text, s, out var upper) && ScaledLike(text, core, upper) is var lower && upper.Value > lower.Value
                && !IsDayOfMonth(text, upper))
            {
                core = lower;
                max = upper.Value;
                maxStart = upper.Start;
                i = upper.End;
            }
        }
        else if (TextWords.NextWord(text, i, out var toEnd) is var word && (TextWords.Is(word, "đến") || TextWords.Is(word, "tới")))
        {
            var s = TextWords.SkipSpaces(text, toEnd);
            if (NumeralScanner.TryRead(text, s, out var upper) && ScaledLike(text, core, upper) is var lower && upper.Value > lower.Value
                && !IsDayOfMonth(text, upper))
            {
                core = lower;
                max = upper.Value;
                maxStart = TextWords.SkipSpaces(text, i);
                maxLink = word.ToString().ToLowerInvariant();
                i = upper.End;
            }
        }

        // Percent: "81,01%", "81,01 %", "81 phần trăm".
        var p = TextWords.SkipSpaces(text, i);
        if (p < text.Length && text[p] == '%')
        {
            percent = true;
            i = p + 1;
        }
        else if (StartsWithWords(text, p, "phần trăm", out var pEnd))
        {
            percent = true;
            i = pEnd;
        }

        // Ratio: "31/36", "662 trong tổng số 686".
        if (!percent && i + 1 < text.Length && text[i] == '/' && char.IsAsciiDigit(text[i + 1])
            && NumeralScanner.TryDigits(text, i + 1, out var whole, out var wholeEnd, out _) && whole != 0)
        {
            // A zero whole ("12/0", "0/0") is no share of anything: not a ratio (the context rules call it a code).
            of = whole;
            i = wholeEnd;
        }
        else if (!percent && (StartsWithWords(text, TextWords.SkipSpaces(text, i), "trong tổng số", out var tEnd)
            || StartsWithWords(text, TextWords.SkipSpaces(text, i), "trên tổng số", out tEnd)))
        {
            var s = TextWords.SkipSpaces(text, tEnd);
            if (NumeralScanner.TryRead(text, s, out var total) && total.Value != 0)
            {
                of = total.Value;
                i = total.End;
            }
        }

        var numberEnd = i;
        var expression = new NumberExpression { Core = core, Max = max, MaxStart = maxStart, MaxLink = maxLink, Of = of, Percent = percent, NumberEnd = numberEnd, End = numberEnd };

        // Unit.
        var u = TextWords.SkipSpaces(text, i);
        UnitMatch? unit = null;
        string? unitText = null;
        var end = numberEnd;
        if (!percent && UnitLexicon.TryMatch(text, u, out var match))
        {
            if (match.Class == UnitClass.Classifier)
            {
                var h = TextWords.SkipSpaces(text, match.End);
                if (UnitLexicon.TryMatch(text, h, out var head) && head.Class == UnitClass.Head)
                {
                    match = new UnitMatch(text[match.Start..head.End], UnitClass.Head, match.Start, head.End);
                }
                else if (FallbackNoun(text, h) is var nounEnd && nounEnd > h)
                {
                    match = new UnitMatch(text[match.Start..nounEnd], UnitClass.Head, match.Start, nounEnd);
                }
            }

            if (match.Class != UnitClass.Drop)
            {
                unit = match;
                unitText = match.Unit;
                end = match.End;
                if (match.Class == UnitClass.Money)
                {
                    // "đồng/người/tháng": the rate's denominators stay in the unit.
                    var j = match.End;
                    while (j + 1 < text.Length && text[j] == '/' && char.IsLetter(text[j + 1]))
                    {
                        var k = TextWords.WordEnd(text, j + 1);
                        unitText += text[j..k];
                        j = k;
                    }

                    end = j;
                }
            }
        }
        else if (!percent && FallbackNoun(text, u) is var nounEnd && nounEnd > u)
        {
            unit = new UnitMatch(text[u..nounEnd], UnitClass.Head, u, nounEnd);
            unitText = unit.Value.Unit;
            end = nounEnd;
        }

        // "trở lên" after the number, its unit, or (for a percent) the noun the percent is of: "95% đảng viên trở lên".
        string? after = null;
        var a = end;
        if (unit?.Class is UnitClass.Head or null)
        {
            var skip = TextWords.SkipSpaces(text, a);
            if (UnitLexicon.TryMatch(text, skip, out var dropped) && dropped.Class == UnitClass.Drop)
            {
                a = dropped.End;
            }
        }

        if (QualifierLexicon.TryMatchAfter(text, a, out var afterWord, out var afterEnd))
        {
            after = afterWord;
            end = percent ? end : afterEnd;
        }
        else if (percent && UnitLexicon.TryMatch(text, TextWords.SkipSpaces(text, a), out var ofNoun) && ofNoun.Class == UnitClass.Head
            && QualifierLexicon.TryMatchAfter(text, ofNoun.End, out afterWord, out _))
        {
            after = afterWord;
        }

        string? before = null;
        var beforeRank = 0;
        var beforeStart = core.Start;
        if (QualifierLexicon.TryMatchBefore(text, core.Start, out var beforeWord, out var rank, out var qStart))
        {
            before = beforeWord;
            beforeRank = rank;
            beforeStart = qStart;
        }

        return expression with
        {
            Unit = unit,
            UnitText = unitText,
            End = end,
            QualifierAfter = after,
            QualifierBefore = before,
            QualifierBeforeRank = beforeRank,
            QualifierBeforeStart = beforeStart,
        };
    }

    /// <summary>An upper end followed by a slash and a number is a day and month ("từ 14 – 20/10", "từ 20 đến 25/10"): a range of days.</summary>
    private static bool IsDayOfMonth(string text, NumeralToken upper) =>
        upper.End + 1 < text.Length && text[upper.End] == '/' && char.IsAsciiDigit(text[upper.End + 1]);

    /// <summary>
    /// The lower end of a range takes the scale words written only after the upper end: "3-5 tỷ" is 3 tỷ to 5 tỷ,
    /// "từ 2 đến 3 triệu" 2 triệu to 3 triệu. A lower end with its own scale ("500 nghìn - 1 triệu") stays as written.
    /// </summary>
    private static NumeralToken ScaledLike(string text, NumeralToken lower, NumeralToken upper)
    {
        if (lower.Shape.HasFlag(NumeralShape.Scaled) || !upper.Shape.HasFlag(NumeralShape.Scaled))
        {
            return lower;
        }

        // The product of the scale words that end the upper number ("nghìn tỷ" is 10^12).
        decimal scale = 1;
        var end = upper.End;
        while (end > upper.Start)
        {
            var start = TextWords.WordStart(text, end);
            if (start == end || !NumeralScanner.TryWord(text.AsSpan(start, end - start), out var value, out var role) || role != NumberWordRole.Scale)
            {
                break;
            }

            scale *= value;
            end = TextWords.SkipSpacesBack(text, start);
        }

        return scale == 1 ? lower : lower with { Value = NumeralScanner.Clean(lower.Value * scale), Shape = lower.Shape | NumeralShape.Scaled };
    }

    /// <summary>A counted noun not in the lexicon: one or two lowercase words that are not function words or numbers.</summary>
    internal static int FallbackNoun(string text, int start)
    {
        if (start >= text.Length || !char.IsLower(text[start]))
        {
            return start;
        }

        var end = TextWords.WordEnd(text, start);
        if (end == start || StopWords.Contains(text.AsSpan(start, end - start)) || NumeralScanner.TryWord(text.AsSpan(start, end - start), out _, out _))
        {
            return start;
        }

        if (end < text.Length && text[end] == ' ' && end + 1 < text.Length && char.IsLower(text[end + 1]))
        {
            var second = TextWords.WordEnd(text, end + 1);
            if (!StopWords.Contains(text.AsSpan(end + 1, second - end - 1)) && !UnitLexicon.TryMatch(text, end + 1, out _))
            {
                return second;
            }
        }

        return end;
    }

    private static bool StartsWithWords(string text, int start, string phrase, out int end)
    {
        end = start + phrase.Length;
        return end <= text.Length && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
            && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
