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
    public static List<int> FindBody(PageTree tree)
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

        // Siblings of the container that read as prose (a lead, a second body part) join it, as readability does.
        var body = new List<int>();
        for (var i = parent + 1; i < tree.End(parent); i = tree.End(i))
        {
            if (i == container)
            {
                body.Add(i);
            }
            else if (!tree.IsText(i) && !tree.IsJunk(i) && IsProse(tree, i, score))
            {
                body.Add(i);
            }
        }

        return body;
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
