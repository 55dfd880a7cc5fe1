using Extractor.Documents;
using Extractor.Facts;
using Extractor.Normalization.Numerals;

namespace Extractor.Extraction.Figures;

/// <summary>Reads one figure at an offset of a text, or says where to look next.</summary>
/// <remarks>
/// A figure is a number core that its context makes a quantity (<see cref="NumeralContext"/>), followed by a percent
/// sign, a ratio's whole, or a unit: a currency, a measure, or a counted noun. A bare number counts only as a change
/// ("tăng 08"). Numbers written in words count only before a known counted noun ("hai cấp" is a descriptor).
/// </remarks>
internal static class FigureGrammar
{
    /// <param name="upper">
    /// The upper end of a range, a figure of its own as the corpus lists it: "từ 1 đến 2 ha" is "từ 1" and "đến 2 ha", "giảm 1-1,5%"
    /// is "giảm 1" and "1,5%" (the change word holds for both ends); null when the number is no range.
    /// </param>
    public static bool TryReadFigure(string text, int at, out Figure figure, out Figure? upper, out int next)
    {
        figure = null!;
        upper = null;
        next = at + 1;
        if (!NumeralScanner.TryRead(text, at, out var token))
        {
            // Jump over the rest of a word or digit run: numbers start on a boundary.
            while (char.IsLetterOrDigit(text[at]) && next < text.Length && char.IsLetterOrDigit(text[next]))
            {
                next++;
            }

            return false;
        }

        next = Math.Max(next, token.End);
        if (NumeralContext.Classify(text, token) != NumeralRole.Quantity)
        {
            next = SkipRelated(text, token.End);
            return false;
        }

        if (token.Shape.HasFlag(NumeralShape.DotFraction))
        {
            return false; // "16.7": a date or an English decimal; Vietnamese figures write 16,7
        }

        var e = NumberExpressionReader.Read(text, token);
        next = Math.Max(next, e.NumberEnd);
        if (!Accept(text, e))
        {
            return false;
        }

        var qualifier = TargetQualifier.Resolve(text, e);
        var start = qualifier is not null && qualifier == e.QualifierBefore ? e.QualifierBeforeStart : token.Start;
        var end = e.Percent ? e.NumberEnd : e.End;
        if (qualifier is not null && qualifier == e.QualifierAfter && !e.Percent)
        {
            end = e.End;
        }

        var reading = VietnameseNumber.ToReading(text, e, wholeRest: false);
        if (e.Max is { } max && e.Of is null)
        {
            (figure, upper) = SplitRange(text, e, reading, qualifier, start, end, max);
            return true;
        }

        var span = new TextSpan(start, end);
        figure = new Figure(span.Of(text).Trim(), reading.Value ?? 0, reading.Of, reading.Unit, qualifier, reading.Kind, span);
        return true;
    }

    /// <summary>
    /// A range's two ends as two figures with the range's unit: the lower end as written up to its number ("từ 1", with "từ" as its
    /// qualifier), the upper one from its linking word to the unit ("đến 2 ha", qualifier "đến"), or from its number after a dash
    /// ("15%"), which keeps a change or bound word written before the range ("giảm 1-1,5%": both ends are a fall).
    /// </summary>
    private static (Figure Lower, Figure Upper) SplitRange(string text, NumberExpression e, NumberReading reading, string? qualifier, int start, int end, decimal max)
    {
        var lowerStart = start;
        var lowerQualifier = qualifier;
        if (lowerQualifier is null && TextWords.WordStart(text, TextWords.SkipSpacesBack(text, e.Core.Start)) is var from
            && from < e.Core.Start && TextWords.Is(text.AsSpan(from, TextWords.SkipSpacesBack(text, e.Core.Start) - from), RangeOpener))
        {
            lowerQualifier = RangeOpener;
            lowerStart = from;
        }

        var lowerSpan = new TextSpan(lowerStart, e.Core.End);
        var lower = new Figure(lowerSpan.Of(text).Trim(), reading.Value ?? 0, null, reading.Unit, lowerQualifier, reading.Kind, lowerSpan);
        var upperSpan = new TextSpan(e.MaxStart, Math.Max(end, e.MaxStart));
        var upperQualifier = e.MaxLink ?? (lowerQualifier == RangeOpener ? null : lowerQualifier);
        var upper = new Figure(upperSpan.Of(text).Trim(), max, null, reading.Unit, upperQualifier, reading.Kind, upperSpan);
        return (lower, upper);
    }

    /// <summary>The word opening a range ("từ 1 đến 2 ha"), reported as the lower end's qualifier.</summary>
    private const string RangeOpener = "từ";

    private static bool Accept(string text, NumberExpression e)
    {
        var words = e.Core.Shape.HasFlag(NumeralShape.Words);
        if (e.Unit?.Class is UnitClass.Time or UnitClass.Descriptor)
        {
            return false;
        }

        if (words)
        {
            // "hai cấp", "một số", "ba công khai": word numbers count only before a known head, and "một" never.
            // A number spelled in several words ("hai nghìn ba trăm", "mười lăm") is a count whatever noun follows.
            // A bare "trăm" opening the number is vague ("hàng trăm người", "vài trăm hộ"): a written count says "một trăm".
            return e.Value > 1 && !OpensWithBareHundred(text, e.Core)
                && ((e.Unit?.Class is UnitClass.Head or UnitClass.Money && IsLexiconHead(text, e)) || (e.Unit is not null && IsCompoundWords(text, e.Core)));
        }

        if (e.Percent || e.Of is not null)
        {
            return true;
        }

        if (e.Unit is { } unit)
        {
            // A unit cut off by the end of the capture ("32.884 t") is no unit.
            return unit.End < text.Length || unit.Class != UnitClass.Head || IsLexiconHead(text, e);
        }

        return e.QualifierBeforeRank == QualifierLexicon.Change;
    }

    /// <summary>
    /// A number spelled in two or more words that opens with a digit word or "mười" ("hai nghìn ba trăm", "mười lăm", "ba mươi"); not
    /// a vague "hàng trăm", "trăm nghìn", nor a single word like "hai" in "hai cấp".
    /// </summary>
    private static bool IsCompoundWords(string text, NumeralToken core)
    {
        var firstEnd = TextWords.WordEnd(text, core.Start);
        return firstEnd < core.End && !core.Shape.HasFlag(NumeralShape.Digits)
            && NumeralScanner.TryWord(text.AsSpan(core.Start, firstEnd - core.Start), out _, out var role)
            && role is NumberWordRole.Digit or NumberWordRole.Ten;
    }

    private static bool OpensWithBareHundred(string text, NumeralToken core) =>
        !char.IsAsciiDigit(text[core.Start])
        && NumeralScanner.TryWord(text.AsSpan(core.Start, TextWords.WordEnd(text, core.Start) - core.Start), out _, out var role)
        && role == NumberWordRole.Hundred;

    private static bool IsLexiconHead(string text, NumberExpression e) =>
        e.Unit is { } unit && UnitLexicon.TryMatch(text, unit.Start, out var match) && match.Class is UnitClass.Head or UnitClass.Classifier or UnitClass.Money;

    /// <summary>After a date or period, skip its other numbers ("13/10/2004", "2015 - 2020").</summary>
    private static int SkipRelated(string text, int end)
    {
        var i = end;
        while (i + 1 < text.Length && text[i] is '/' or '-' or '.' or ':' or 'h' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        var j = TextWords.SkipSpaces(text, i);
        if (j < text.Length && text[j] is '-' or '–' or '—')
        {
            var k = TextWords.SkipSpaces(text, j + 1);
            if (k + 3 < text.Length && char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 3]))
            {
                i = k + 4;
            }
        }

        return i;
    }
}
