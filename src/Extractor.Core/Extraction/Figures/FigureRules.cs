using Extractor.Documents;
using Extractor.Facts;
using Extractor.Normalization.Numerals;

namespace Extractor.Extraction.Figures;

/// <summary>Finds the figures of a text: every number core whose context makes it a quantity, with its unit and qualifier.</summary>
/// <remarks>
/// "đạt" and "vượt" qualify a figure only when it is measured against a target (chỉ tiêu, kế hoạch …) in the same
/// sentence; otherwise "đạt" just introduces a level and the qualifier is null.
/// </remarks>
internal static class FigureRules
{
    public static List<Figure> Find(string text, Func<TextSpan, bool> isFurniture, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>();
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!FigureGrammar.TryReadFigure(text, i, out var figure, out var upper, out var next))
            {
                i = next;
                continue;
            }

            if (!isFurniture(figure.Span))
            {
                figures.Add(figure);
                if (upper is not null)
                {
                    figures.Add(upper);
                }
            }

            i = next;
        }

        return figures;
    }
}
