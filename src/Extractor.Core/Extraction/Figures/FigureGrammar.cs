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
    public static bool TryReadFigure(string text, int at, out Figure figure, out int next)
    {
        figure = null!;
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
        var span = new TextSpan(start, end);
        figure = new Figure(span.Of(text).Trim(), reading.Value ?? 0, reading.Of, reading.Unit, qualifier, reading.Kind, span);
        return true;
    }

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
            return e.Value > 1 && e.Unit?.Class is UnitClass.Head or UnitClass.Money && IsLexiconHead(text, e);
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
