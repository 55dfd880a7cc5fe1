using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Facts;

namespace Extractor.Extraction.Figures;

/// <summary>Reports a fact repeated word for word once: a headline, kicker or caption restated in the body, or the same sentence printed twice.</summary>
/// <remarks>
/// Equal text alone does not make the same fact for shares ("đạt 50%" of two different quotas); it does when one copy
/// stands on a headline-like line (short, no sentence end), inside the known headline span, with the same words
/// following it, or when it counts a named thing ("10 tổ chức cơ sở Đảng" said twice is one count).
/// </remarks>
internal static class RestatedFigures
{
    private const int ContextLength = 24;
    private const int HeadlineLineLength = 220;

    public static ImmutableArray<Figure> Collapse(string text, IReadOnlyList<Figure> figures, TextSpan? title)
    {
        var keep = new bool[figures.Count];
        Array.Fill(keep, true);
        for (var a = 0; a < figures.Count; a++)
        {
            for (var b = 0; b < figures.Count; b++)
            {
                if (a == b || !keep[b] || !Same(figures[a], figures[b]))
                {
                    continue;
                }

                var aHeadline = IsHeadlineLike(text, figures[a].Span, title);
                var bHeadline = IsHeadlineLike(text, figures[b].Span, title);
                if (aHeadline && (!bHeadline || b < a))
                {
                    keep[a] = false; // the body (or the first headline copy) keeps the fact
                    break;
                }

                if (!aHeadline && !bHeadline && b > a && SameFollowingWords(text, figures[a].Span, figures[b].Span))
                {
                    keep[a] = false; // the same sentence printed twice: keep the later copy
                    break;
                }

                if (!aHeadline && !bHeadline && b < a && figures[a].Kind is FigureKind.Count && figures[a].Unit is not null
                    && !InOneSentence(text, figures[b].Span, figures[a].Span))
                {
                    // The same number of the same counted thing, said again: one fact ("10 tổ chức cơ sở Đảng"). An amount of money
                    // said again is mostly another fact ("mỗi căn hỗ trợ 60 triệu đồng" … "quỹ hỗ trợ 60 triệu đồng"), so it stays.
                    // Within one sentence the same count is another fact ("khiển trách 2 đảng viên và cảnh cáo 2 đảng viên").
                    keep[a] = false;
                    break;
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<Figure>(figures.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            if (keep[i])
            {
                result.Add(figures[i]);
            }
        }

        return result.ToImmutable();
    }

    private static bool Same(Figure a, Figure b) =>
        a.Value == b.Value && a.Of == b.Of && string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase);

    private static bool IsHeadlineLike(string text, TextSpan span, TextSpan? title)
    {
        if (title is { } t && t.Contains(span))
        {
            return true;
        }

        var lineStart = span.Start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        var lineEnd = span.End;
        while (lineEnd < text.Length && text[lineEnd] != '\n')
        {
            lineEnd++;
        }

        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        return line.Length <= HeadlineLineLength && line.Length > 0 && line[^1] is not ('.' or ';' or '!' or '?' or ',');
    }

    /// <summary>Whether no sentence end or line break lies between the end of <paramref name="first"/> and the start of <paramref name="second"/>.</summary>
    private static bool InOneSentence(string text, TextSpan first, TextSpan second) =>
        first.End <= second.Start && text.AsSpan(first.End, second.Start - first.End).IndexOfAny(".!?;\n") < 0;

    private static bool SameFollowingWords(string text, TextSpan a, TextSpan b)
    {
        var length = Math.Min(ContextLength, Math.Min(text.Length - a.End, text.Length - b.End));
        return length >= ContextLength / 2
            && text.AsSpan(a.End, length).Equals(text.AsSpan(b.End, length), StringComparison.OrdinalIgnoreCase);
    }
}
