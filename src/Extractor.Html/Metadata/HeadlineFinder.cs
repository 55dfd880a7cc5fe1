using Extractor.Html.Content;

namespace Extractor.Html.Metadata;

/// <summary>Chooses an article's headline: the page's h1 unless it is a breadcrumb or the site's name, else the metadata's title.</summary>
internal static class HeadlineFinder
{
    private const int MaxHeadlineLength = 400;

    /// <summary>The headline and the tree node it was read from (-1 when it came from metadata only).</summary>
    /// <param name="bodyStart">The first node of the article's body, or -1: without an h1, the headline line printed just
    /// before it is taken when the metadata offers only a &lt;title&gt; that no element spells out as a headline.</param>
    public static (string? Title, int Node) Find(PageTree tree, PageMetadata meta, PageHints hints, int bodyStart = -1)
    {
        var metaTitle = meta.JsonLdHeadline ?? meta.OpenGraphTitle ?? CleanHtmlTitle(meta.HtmlTitle, meta.SiteName, hints);
        var best = -1;
        var bestScore = double.MinValue;
        string? bestText = null;
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.IsText(i) || tree.ElementAt(i)!.LocalName != "h1")
            {
                continue;
            }

            var text = tree.TextOf(i, MaxHeadlineLength + 1);
            if (text.Length is 0 or > MaxHeadlineLength || IsBreadcrumb(tree, i, text) || IsSiteName(tree, i, text, meta, hints)
                || hints.IsPortalName(text) || hints.IsFurnitureLine(text))
            {
                continue;
            }

            var score = (metaTitle is null ? 0 : TitleText.Similarity(text, metaTitle)) - (tree.IsJunk(i) ? 0.1 : 0);
            if (score > bestScore)
            {
                (best, bestScore, bestText) = (i, score, text);
            }
        }

        if (bestText is not null)
        {
            // An h1 of a few words unlike the headline the metadata gives, which the page prints in another element (an
            // article's h1 naming its section, "Giao thông", above "<header><p class=title>"), is the section's label.
            if ((meta.JsonLdHeadline ?? meta.OpenGraphTitle) is { } named && bestScore < MaxLabelSimilarity
                && TitleText.Words(bestText).Count < MinHeadlineWords && TitleText.Words(named).Count >= MinHeadlineWords
                && Spelled(tree, named, inHeader: true) is >= 0 and var printed)
            {
                return (tree.TextOf(printed, MaxHeadlineLength + 1), printed);
            }

            return (bestText, best);
        }

        // A <title> alone is often the site's or the section's name ("Tin tức - Sự kiện"): it is trusted only when it reads
        // like a headline and an element spells it out; otherwise the headline line before the body wins.
        var weakMeta = (meta.JsonLdHeadline is null && meta.OpenGraphTitle is null) || (metaTitle is not null && hints.IsPortalName(metaTitle));
        int? spelled = null;
        if (weakMeta && bodyStart >= 0)
        {
            if (metaTitle is not null && TitleText.Words(metaTitle).Count >= MinHeadlineWords)
            {
                spelled = Spelled(tree, metaTitle);
                if (spelled >= 0)
                {
                    return (tree.TextOf(spelled.Value, MaxHeadlineLength + 1), spelled.Value);
                }
            }

            if (HeadlineLine.BeforeBody(tree, bodyStart, hints) is { } line)
            {
                return line;
            }
        }

        if (metaTitle is null)
        {
            return (null, -1);
        }

        // The element search is not run twice when the headline-like title was already looked for above.
        var found = spelled ?? Spelled(tree, metaTitle);
        return found >= 0 ? (tree.TextOf(found, MaxHeadlineLength + 1), found) : (metaTitle, -1);
    }

    /// <summary>The most an h1 taken for a section's label may resemble the metadata's headline.</summary>
    private const double MaxLabelSimilarity = 0.3;

    /// <summary>The fewest words a &lt;title&gt; needs to be taken for a headline rather than a section's name.</summary>
    private const int MinHeadlineWords = 6;

    /// <summary>The visible block that spells the metadata's title (h2.title, div.news-title …), or -1.</summary>
    /// <param name="inHeader">Also a block that is furniture only by standing in a header region (an article's &lt;header&gt;).</param>
    private static int Spelled(PageTree tree, string metaTitle, bool inHeader = false)
    {
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.IsText(i) || tree.Kind(i) != TagKind.Block || (tree.IsJunk(i) && !(inHeader && ContentScorer.IsInHeaderRegion(tree, i))))
            {
                continue;
            }

            // The tree measures furniture's text apart: a headline in a header region counts it too.
            var own = tree.OwnText[i] + (inHeader ? tree.OwnJunkText[i] : 0);
            if (own < metaTitle.Length / 2 || own > metaTitle.Length * 2)
            {
                continue;
            }

            var text = tree.TextOf(i, MaxHeadlineLength + 1);
            if (text.Length <= MaxHeadlineLength && TitleText.Similarity(text, metaTitle) >= 0.8)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The &lt;title&gt; without the site's name ("Tin tức | Báo Quảng Ninh" → "Tin tức").</summary>
    internal static string? CleanHtmlTitle(string? title, string? siteName, PageHints hints)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var parts = title.Split(hints.SiteTitleSeparators.ToArray(), StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count < 2)
        {
            return title.Trim();
        }

        bool IsSite(string part) =>
            (siteName is not null && (TitleText.SameText(part, siteName) || TitleText.Similarity(part, siteName) > 0.7)) || hints.LooksLikeSiteName(part);

        if (IsSite(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }
        else if (IsSite(parts[0]))
        {
            parts.RemoveAt(0);
        }
        else if (parts.Count == 2 && TitleText.Words(parts[^1]).Count <= 4 && parts[^1].Length < parts[0].Length)
        {
            parts.RemoveAt(1);
        }

        if (parts.Count == 0)
        {
            return title.Trim();
        }

        // Put back the separator that stood between the kept parts.
        var first = title.IndexOf(parts[0], StringComparison.Ordinal);
        var last = title.LastIndexOf(parts[^1], StringComparison.Ordinal);
        return first >= 0 && last >= first ? title[first..(last + parts[^1].Length)].Trim() : string.Join(" - ", parts);
    }

    private static bool IsBreadcrumb(PageTree tree, int h1, string text)
    {
        for (int i = h1, depth = 0; i >= 0 && depth < 4; i = tree.Parent(i), depth++)
        {
            var cls = (tree.ElementAt(i)!.GetAttribute("class") ?? "") + " " + tree.ElementAt(i)!.Id;
            if (cls.Contains("breadcrumb", StringComparison.OrdinalIgnoreCase) || cls.Contains("duongdan", StringComparison.OrdinalIgnoreCase)
                || cls.Contains("path", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var separators = text.Count(c => c is '»' or '›' or '>' or '/' or '|');
        var links = 0;
        for (var j = h1 + 1; j < tree.End(h1); j++)
        {
            if (!tree.IsText(j) && tree.ElementAt(j)!.LocalName == "a")
            {
                links++;
            }
        }

        return separators >= 1 && links >= 2 || separators >= 2;
    }

    /// <summary>True for a link to a site's front page, relative ("/") or absolute ("https://truong.blogspot.com/", as blog themes write it).</summary>
    private static bool IsHomeLink(string? href) =>
        href is "/" or "./" or "#" or "index.html"
        || (Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0);

    private static bool IsSiteName(PageTree tree, int h1, string text, PageMetadata meta, PageHints hints)
    {
        if (meta.SiteName is { } site && TitleText.SameText(text, site))
        {
            return true;
        }

        // A logo: the h1 wraps a link home or an image, or sits in an element named logo/brand/header.
        for (var j = h1; j < tree.End(h1); j++)
        {
            if (tree.ElementAt(j) is { } e && ((e.LocalName == "a" && IsHomeLink(e.GetAttribute("href"))) || e.LocalName == "img"))
            {
                return true;
            }
        }

        for (int i = h1, depth = 0; i >= 0 && depth < 6; i = tree.Parent(i), depth++)
        {
            var cls = ((tree.ElementAt(i)!.GetAttribute("class") ?? "") + " " + tree.ElementAt(i)!.Id).ToLowerInvariant();
            if (cls.Contains("logo", StringComparison.Ordinal) || cls.Contains("brand", StringComparison.Ordinal) || cls.Contains("site-title", StringComparison.Ordinal)
                || cls.Contains("masthead", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // The site's own segment of <title>, when the title has another, longer one.
        if (meta.HtmlTitle is { } title && CleanHtmlTitle(title, meta.SiteName, hints) is { } cleaned
            && !TitleText.SameText(cleaned, title) && !TitleText.SameText(cleaned, text) && title.Contains(text, StringComparison.Ordinal))
        {
            return hints.LooksLikeSiteName(text) || TitleText.Similarity(text, cleaned) < 0.3;
        }

        return hints.LooksLikeSiteName(text) && TitleText.Words(text).Count <= 6 && meta.OpenGraphTitle is { } og && TitleText.Similarity(text, og) < 0.3;
    }
}
