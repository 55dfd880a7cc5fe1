using System.Text;
using AngleSharp.Dom;
using Extractor.Html.Content;
using NodeFlags = Extractor.Html.Content.NodeFlags;

namespace Extractor.Html.Metadata;

/// <summary>Finds the headline among the lines printed just before an article's body, for pages without an h1 or metadata that names it.</summary>
/// <remarks>
/// Portal and legacy pages print the headline in a span, a bold run or an h2 between a breadcrumb, a dateline and a byline
/// (DotNetNuke's title_news_detail, "&lt;B&gt;…&lt;/B&gt;&lt;BR&gt;Ngày cập nhật: …"). Lines are cut at blocks and line breaks;
/// breadcrumbs, datelines, bylines, counters and link lines are passed over, and a line set as a heading, in bold or in an
/// element named as a title is preferred, the nearer the body the better.
/// </remarks>
internal static class HeadlineLine
{
    /// <summary>How many tree nodes before the body are read.</summary>
    private const int Window = 300;

    private const int MinLength = 15;
    private const int MaxLength = 250;
    private const int MinWords = 4;

    private static readonly string[] Crumbs = ["»", "›", ">>", " > ", " / ", "|"];

    private static readonly string[] TitleNames = ["title", "tieude", "tieu-de", "tieu_de", "headline", "heading"];

    public static (string Title, int Node)? BeforeBody(PageTree tree, int bodyStart, PageHints hints)
    {
        // The lines before the body, and those at its top up to its first sentence of prose: a body container may open with
        // the breadcrumb, headline and dateline cell of a legacy page.
        var lines = Lines(tree, Math.Max(0, bodyStart - Window), Math.Min(tree.Count, bodyStart + Window));
        var prose = lines.FindIndex(l => l.First >= bodyStart && IsProse(l.Text));
        if (prose >= 0)
        {
            lines.RemoveRange(prose, lines.Count - prose);
        }

        (string Text, int Node)? best = null;
        var bestScore = double.MinValue;
        for (var k = 0; k < lines.Count; k++)
        {
            var (text, first, block, links) = lines[k];
            if (!IsCandidate(text, hints) || hints.IsPortalName(text))
            {
                continue;
            }

            // A link line, or a line inside furniture, is a headline only when set as one (a title linking to itself, the
            // h2.print-title of a print view whose every class says "print"); otherwise it is a related link or a menu.
            var emphasis = Emphasis(tree, first);
            if ((links * 2 > text.Length || tree.IsJunk(first)) && emphasis == 0)
            {
                continue;
            }

            var score = emphasis - (text.EndsWith('.') ? 2 : 0) - (text.Length > 160 ? 1 : 0) - ((lines.Count - 1 - k) * 0.25);
            if (score > bestScore)
            {
                (best, bestScore) = ((text, block), score);
            }
        }

        if (bestScore < 0 || best is not { } chosen)
        {
            return null;
        }

        // A body that opens by repeating the headline (often in capitals) repeats the line printed above it: the first
        // printing is the headline, in the case it was written.
        foreach (var line in lines)
        {
            if (line.Block == chosen.Node)
            {
                break;
            }

            if (TitleText.SameText(line.Text, chosen.Text) && IsCandidate(line.Text, hints) && !hints.IsPortalName(line.Text))
            {
                return (line.Text, line.Block);
            }
        }

        return chosen;
    }

    /// <summary>A sentence of the article: long and ending like one.</summary>
    private static bool IsProse(string text) => text.Length >= 80 && text[^1] is '.' or '!' or '?' or '…' or '"' or '”';

    private static bool IsCandidate(string text, PageHints hints)
    {
        if (text.Length is < MinLength or > MaxLength || text.EndsWith(':')
            || TitleText.Words(text).Count < MinWords || Array.Exists(Crumbs, c => text.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        return !hints.IsFurnitureLine(text) && !hints.IsPromoLine(text) && !DateReader.IsDatelineOnly(text, hints.DatelineWords)
            && DateReader.ReadVisible(text) is null && BylineReader.Read(text, hints, bareNameAllowed: true).Count == 0;
    }

    /// <summary>2 for a line set as a heading or in bold, 2 more for one inside an element named as a title (up to four levels up).</summary>
    private static double Emphasis(PageTree tree, int textNode)
    {
        bool strong = false, named = false;
        var depth = 0;
        for (var p = tree.Parent(textNode); p >= 0 && depth < 4; p = tree.Parent(p), depth++)
        {
            var element = tree.ElementAt(p)!;
            strong |= element.LocalName is "b" or "strong" or "h1" or "h2" or "h3" or "h4";
            var names = (element.ClassName ?? "") + " " + element.Id;
            named |= Array.Exists(TitleNames, n => names.Contains(n, StringComparison.OrdinalIgnoreCase));
        }

        return (strong ? 2 : 0) + (named ? 2 : 0);
    }

    /// <summary>The lines of nodes <paramref name="from"/> to <paramref name="to"/> (exclusive), with the
    /// first text node of each, its block and how many of its characters are link text.</summary>
    private static List<(string Text, int First, int Block, int Links)> Lines(PageTree tree, int from, int to)
    {
        var lines = new List<(string, int, int, int)>();
        var line = new StringBuilder();
        int first = -1, block = -1, links = 0;
        for (var j = from; j < to; j++)
        {
            if (tree.IsText(j))
            {
                if (tree.Block(j) != block)
                {
                    Flush();
                }

                var before = line.Length;
                TextFolding.AppendFolded(line, ((IText)tree.NodeAt(j)).Data);
                if (line.Length > before && first < 0)
                {
                    (first, block) = (j, tree.Block(j));
                }

                links += (tree.Flags(j) & NodeFlags.Link) != 0 ? line.Length - before : 0;
            }
            else if (tree.Kind(j) is TagKind.Block or TagKind.Break)
            {
                Flush();
            }
        }

        Flush();
        return lines;

        void Flush()
        {
            var text = line.ToString().Trim();
            if (text.Length > 0 && first >= 0)
            {
                lines.Add((text, first, block, links));
            }

            line.Clear();
            (first, block, links) = (-1, -1, 0);
        }
    }
}
