namespace Extractor.Html.Content;

/// <summary>Finds the element that holds an article's body: the subtree whose prose outweighs its links and furniture the most.</summary>
/// <remarks>
/// Each block scores its own non-link text (full weight for prose, less for short labels) minus twice its link text and a
/// quarter of its furniture text; a subtree's score is the sum over its blocks, and the best subtree wins. Menus and
/// related-link lists therefore pull a container's score down, and a sapo beside the body pulls their common parent up.
/// </remarks>
internal static class ContentScorer
{
    /// <summary>The body container and the siblings around it that belong to the article (a lead beside the body), in page order.</summary>
    public static List<int> FindBody(PageTree tree, PageHints hints)
    {
        var container = FindContainer(tree, out var score);
        if (container < 0)
        {
            return [];
        }

        var parent = tree.Parent(container);
        if (parent < 0)
        {
            return [container];
        }

        // Siblings of the container that read as prose (a lead, a second body part) join it, as readability does. When the
        // best block is one paragraph, its siblings are the article's other paragraphs, headings and lists: every one that
        // is not mostly links joins, however short.
        var paragraph = IsParagraph(tree, container);
        var body = new List<int>();
        for (var i = parent + 1; i < tree.End(parent); i = tree.End(i))
        {
            if (i == container)
            {
                body.Add(i);
            }
            // A labelled box beside it ("Tóm tắt: …", a magazine's abstract) is not the article's text.
            else if (!tree.IsText(i) && !tree.IsJunk(i) && (IsProse(tree, i, score) || (paragraph && IsShortProse(tree, i)))
                && !BlockEmitter.IsLabelledBox(tree, i, hints))
            {
                body.Add(i);
            }
        }

        return body;
    }

    /// <summary>
    /// The lead (intro, standfirst, sapo) a page prints between the headline and the body container, outside it: elements
    /// named as a lead that hold a sentence of prose rather than links. Empty when the headline is not known or not before the body.
    /// </summary>
    public static List<int> FindLead(PageTree tree, int titleNode, IReadOnlyList<int> body, PageHints hints)
    {
        var leads = new List<int>();
        if (titleNode < 0 || body.Count == 0 || titleNode >= body[0] || body[0] - titleNode > MaxLeadDistance)
        {
            return leads;
        }

        var first = body[0];
        for (var i = tree.End(titleNode); i < first; i++)
        {
            if (tree.IsText(i) || tree.End(i) > first)
            {
                continue;
            }

            if ((tree.Hints(i) & HintKind.Lead) == 0 || tree.Kind(i) != TagKind.Block && tree.Kind(i) != TagKind.Inline)
            {
                continue;
            }

            // A labelled abstract ("Tóm tắt: …" above a magazine's body) summarises the article; it is no lead of it.
            if (BlockEmitter.IsLabelledBox(tree, i, hints))
            {
                i = tree.End(i) - 1;
                continue;
            }

            // A lead often shares the article's <header> (or a region named "article-header") with the headline, which
            // makes it furniture by inheritance; its own name and its prose outweigh that, but not hidden text or comments.
            var inHeader = tree.IsJunk(i);
            if (inHeader && !IsInHeaderRegion(tree, i))
            {
                continue;
            }

            int text = 0, links = 0, marks = 0;
            for (var j = i; j < tree.End(i); j++)
            {
                if (inHeader && tree.IsText(j))
                {
                    // Furniture text is not measured by the tree; a lead candidate is rare enough to measure here.
                    var length = TextFolding.FoldedLength(((AngleSharp.Dom.IText)tree.NodeAt(j)).Data, out var punctuation);
                    text += length;
                    marks += punctuation;
                    links += (tree.Flags(j) & NodeFlags.Link) != 0 ? length : 0;
                }
                else if (!inHeader && (!tree.IsText(j) && tree.Kind(j) == TagKind.Block || j == i))
                {
                    text += tree.OwnText[j];
                    links += tree.OwnLinkText[j];
                    marks += tree.OwnPunctuation[j];
                }
            }

            if (text >= MinLeadLength && links * 4 < text && (marks > 0 || text >= 80))
            {
                leads.Add(i);
                i = tree.End(i) - 1;
            }
        }

        return leads;
    }

    /// <summary>
    /// True when <paramref name="i"/> is furniture only because it stands in a header region: every furniture ancestor up
    /// to the first that is not is a &lt;header&gt; element or named as weak furniture, none is hidden, named as comments,
    /// or a navigation, aside or footer element.
    /// </summary>
    internal static bool IsInHeaderRegion(PageTree tree, int i)
    {
        for (var a = i; a >= 0 && tree.IsJunk(a); a = tree.Parent(a))
        {
            if (tree.ElementAt(a) is not { } element)
            {
                continue;
            }

            var flags = tree.Flags(a);
            var tag = element.LocalName;
            if ((flags & NodeFlags.NamedStrongJunk) != 0 || (tag != "header" && Tags.IsFurniture(tag)) || PageTree.IsHidden(element))
            {
                return false;
            }

            var parent = tree.Parent(a);
            if (tag != "header" && (flags & NodeFlags.NamedJunk) == 0 && (parent < 0 || !tree.IsJunk(parent)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The least text a lead holds.</summary>
    private const int MinLeadLength = 40;

    /// <summary>How far (in page tree nodes) before the body a lead may stand after the headline.</summary>
    private const int MaxLeadDistance = 600;

    /// <summary>True for a block that holds text but no other block: a paragraph, not a section.</summary>
    private static bool IsParagraph(PageTree tree, int i)
    {
        for (var j = i + 1; j < tree.End(i); j++)
        {
            if (!tree.IsText(j) && tree.Kind(j) == TagKind.Block)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsShortProse(PageTree tree, int i)
    {
        int text = 0, links = 0;
        for (var j = i; j < tree.End(i); j++)
        {
            if (!tree.IsText(j) && tree.Kind(j) == TagKind.Block)
            {
                text += tree.OwnText[j];
                links += tree.OwnLinkText[j];
            }
        }

        return text > 0 && links * 3 < text;
    }

    private static bool IsProse(PageTree tree, int i, double[] score)
    {
        if (score[i] < 30)
        {
            return false;
        }

        int text = 0, links = 0;
        for (var j = i; j < tree.End(i); j++)
        {
            if (!tree.IsText(j) && tree.Kind(j) == TagKind.Block)
            {
                text += tree.OwnText[j];
                links += tree.OwnLinkText[j];
            }
        }

        return links * 4 < text;
    }

    public static int FindContainer(PageTree tree) => FindContainer(tree, out _);

    private static int FindContainer(PageTree tree, out double[] score)
    {
        var n = tree.Count;
        score = new double[n];
        if (n == 0)
        {
            return -1;
        }

        for (var i = 0; i < n; i++)
        {
            if (!tree.IsText(i) && tree.Kind(i) == TagKind.Block)
            {
                score[i] = BlockValue(tree, i);
            }
        }

        for (var i = n - 1; i > 0; i--)
        {
            var parent = tree.Parent(i);
            if (parent >= 0)
            {
                score[parent] += score[i];
            }
        }

        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (tree.IsText(i) || tree.Kind(i) != TagKind.Block || tree.IsJunk(i) || !CanHoldBody(tree, i))
            {
                continue;
            }

            if (score[i] > bestScore)
            {
                best = i;
                bestScore = score[i];
            }
        }

        return best;
    }

    /// <summary>The value of the text a block holds directly.</summary>
    internal static double BlockValue(PageTree tree, int i)
    {
        var text = tree.OwnText[i];
        var links = tree.OwnLinkText[i];
        var junk = tree.OwnJunkText[i];
        var plain = text - links;
        var weight = plain >= 80 ? 1.0 : tree.OwnPunctuation[i] > 0 ? 0.7 : 0.25;
        return (plain * weight) - (2.0 * links) - (0.25 * junk);
    }

    private static bool CanHoldBody(PageTree tree, int i)
    {
        var tag = tree.ElementAt(i)!.LocalName;
        return tag is not ("ul" or "ol" or "tr" or "tbody" or "thead" or "li" or "dl" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6");
    }
}
