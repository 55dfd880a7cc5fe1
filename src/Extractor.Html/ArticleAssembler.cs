using AngleSharp.Dom;
using Extractor.Documents;
using Extractor.Html.Content;
using Extractor.Html.Metadata;
using Extractor.Html.Profiles;
using NodaTime;

namespace Extractor.Html;

/// <summary>Puts an article together from a parsed page: metadata, headline, body container, blocks, dateline, byline, next page.</summary>
/// <remarks>A site profile's selectors are tried first for each part; the generic reading fills whatever they leave.</remarks>
internal static class ArticleAssembler
{
    /// <summary>The longest line above the headline inside the body that is dropped as a label (breadcrumb, section, kicker).</summary>
    private const int MaxLabelAboveHeadline = 100;

    /// <summary>How far after the headline (in page tree nodes) a visible dateline is looked for.</summary>
    private const int DatelineWindow = 400;

    /// <param name="profileTrusted">The profile names this site by address: its body selector is taken as it is. A profile
    /// matched only by a family's markup marker must show its body holds the article's prose.</param>
    /// <param name="markup">The page's markup, when at hand: profile selectors whose names it lacks are skipped without a query.</param>
    public static HtmlArticle Assemble(IDocument page, HtmlPageHints hints, SiteProfile? profile, PageHints pageHints, bool profileTrusted = false, string? markup = null)
    {
        var meta = MetadataReader.Read(page, markup);
        var root = (IElement?)page.Body ?? page.DocumentElement;

        // What a profile removes is furniture of the body, not of the page: it stays in the tree, marked, so a byline or a
        // dateline printed inside it (a family's meta bar) is still read.
        HashSet<INode>? removed = null;
        if (profile is not null)
        {
            foreach (var selector in profile.Remove)
            {
                foreach (var element in SelectorQuery.All(page, selector, markup))
                {
                    (removed ??= new HashSet<INode>(ReferenceEqualityComparer.Instance)).Add(element);
                }
            }
        }

        // About one node per 16 characters of markup on news pages: sizing the tree's arrays once saves their regrowth.
        var tree = PageTree.Build(root, pageHints, Math.Clamp(page.Source.Length / 16, 256, 1 << 20), removed);

        // The generic body is read first: where the page names no headline the metadata can confirm, the headline is looked
        // for just before it.
        var generic = ContentScorer.FindBody(tree, pageHints);

        // Body: the profile's element when it holds the article's prose (a family's selector can also match a stub, such
        // as a WordPress theme's second .entry-content holding only the byline), else the generic reading.
        var container = profile is null ? -1 : ProfileBody(page, tree, profile, profileTrusted ? 0 : generic.Sum(tree.ProseWithin), markup);

        // Headline.
        string? title = null;
        var titleNode = -1;
        if (profile is not null && ProfileTitle(page, tree, profile, container, markup) is { } profileTitle)
        {
            titleNode = tree.IndexOf(profileTitle);
            title = titleNode >= 0 ? tree.TextOf(titleNode) : TextFolding.Fold(profileTitle.TextContent);
        }

        if (string.IsNullOrEmpty(title))
        {
            (title, titleNode) = HeadlineFinder.Find(tree, meta, pageHints, generic.Count > 0 ? generic[0] : -1);
        }

        var fromProfile = container >= 0;
        var body = fromProfile ? [container] : generic;
        if (!fromProfile)
        {
            container = body.Count > 0 ? tree.Parent(body[0]) : -1;
        }

        // A lead printed outside the body element (between the headline and the body) belongs to the article whichever
        // reading found the body: a family's body selector (WordPress .entry-content) leaves out the excerpt above it.
        body = [.. ContentScorer.FindLead(tree, titleNode, body, pageHints), .. body];

        var emitted = BlockEmitter.Emit(tree, body, pageHints);

        // Headline and dateline lines leave the body; the first dateline is kept as the visible one.
        var blocks = new List<BodyBlock>(emitted.Count);
        PublicationTime? visible = null;
        var titleRemoved = false;
        foreach (var block in emitted)
        {
            // The headline's own node may print other lines too (a breadcrumb and a dateline in one cell): only its line goes.
            if (!titleRemoved && title is not null && blocks.Count < 8
                && (TitleText.SameText(block.Text, title) || (block.Node == titleNode && TitleText.Similarity(block.Text, title) >= 0.6)))
            {
                // What a body prints above its headline is a breadcrumb or a section label, not the article.
                titleRemoved = true;
                blocks.RemoveAll(b => !b.IsCaption && b.Text.Length < MaxLabelAboveHeadline);
                continue;
            }

            // A body may open by repeating the headline under it (a bold, often all-capitals line): that is no paragraph either.
            if (titleRemoved && title is not null && blocks.Count == 0 && !block.IsCaption && TitleText.SameText(block.Text, title))
            {
                continue;
            }

            if (DateReader.DatelineOf(block.Text, pageHints.DatelineWords) is { } dateline)
            {
                // A form's "Ngày sửa đổi" row (a SharePoint item printed after its body) dates the last edit, not the publication.
                if (!pageHints.IsModifiedLabel(RowLabel(tree, block.Node, block.Text)))
                {
                    visible ??= DateReader.ReadVisible(dateline);
                }

                continue;
            }

            blocks.Add(block);
        }

        // A date written only in the address (WordPress's /2024/01/25/slug/) is the last resort.
        var published = ReadPublished(page, tree, profile, meta, visible, titleNode, container, pageHints, markup, hints.Url);
        if (published is null && (DateReader.FromAddress(meta.CanonicalUrl) ?? DateReader.FromAddress(hints.Url)) is { } dated)
        {
            // Such a page may still print the time beside a relative day ("16:40 hôm qua"): the day is the reader's, the
            // time the article's, so it completes the address's date.
            published = RelativeClock(tree, titleNode, body.Count > 0 ? body[0] : -1, pageHints) is { } clock ? dated with { Time = clock } : dated;
        }
        var (authors, bylineOutsideBody) = ReadAuthors(page, tree, profile, meta, blocks, container, titleNode, pageHints, markup);
        var url = Resolve(hints.Url, meta.CanonicalUrl) ?? hints.Url;
        var next = ReadNextPage(page, tree, profile, meta, markup);

        return new HtmlArticle
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Url = url,
            Published = published,
            Authors = authors,
            Blocks = blocks.Select(b => b.Text).ToList(),
            Captions = blocks.Where(b => b.IsCaption).Select(b => b.Text).ToList(),
            Byline = bylineOutsideBody,
            NextPageUrl = next is null ? null : Resolve(url, next) ?? next,
            Profile = fromProfile ? profile!.Name : null,
        };
    }

    /// <summary>The first element the profile's title selectors match that does not stand after the body: a family's title
    /// class also names the items of its related lists ("Tin cùng chuyên mục"), printed below the article.</summary>
    private static IElement? ProfileTitle(IDocument page, PageTree tree, SiteProfile profile, int container, string? markup)
    {
        foreach (var selector in profile.Title)
        {
            foreach (var element in SelectorQuery.All(page, selector, markup))
            {
                var i = tree.IndexOf(element);
                if (container < 0 || i < 0 || i < tree.End(container))
                {
                    return element;
                }
            }
        }

        return null;
    }

    /// <summary>The first element the profile's body selectors match that holds at least half of <paramref name="genericProse"/> (the generic body's prose), or -1.</summary>
    private static int ProfileBody(IDocument page, PageTree tree, SiteProfile profile, int genericProse, string? markup)
    {
        foreach (var selector in profile.Body)
        {
            foreach (var element in SelectorQuery.All(page, selector, markup))
            {
                var i = tree.IndexOf(element);
                if (i >= 0 && !tree.IsJunk(i) && tree.ProseWithin(i) * 2 >= genericProse)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static PublicationTime? ReadPublished(IDocument page, PageTree tree, SiteProfile? profile, PageMetadata meta, PublicationTime? visible, int titleNode, int container, PageHints hints, string? markup, string? address)
    {
        if (profile is not null)
        {
            foreach (var selector in profile.Dateline)
            {
                foreach (var element in SelectorQuery.All(page, selector, markup))
                {
                    var value = element.GetAttribute("datetime") ?? element.GetAttribute("content");
                    if ((value is not null ? DateReader.ReadMeta(value) : DateReader.ReadVisible(TextFolding.Fold(element.TextContent))) is { } fromProfile)
                    {
                        return fromProfile;
                    }
                }
            }
        }

        if (meta.Published is { Time: not null } timed)
        {
            // Metadata outranks the page unless the page and the article's address agree on another day: a CMS that
            // stamps the metadata when it republishes or indexes leaves the printed dateline and the dated path as they were.
            // So does a printed time exactly the zone's offset away: the metadata wrote a UTC clock as Vietnam time.
            var printed = visible ?? FindVisibleDateline(tree, titleNode, container, hints);
            if (printed is { Time: not null } && ZoneSlip(timed, printed.Value))
            {
                return printed;
            }

            // And a printed time earlier the same day when the metadata's publication is its last change: a CMS that
            // restamps both on every update (a live page) no longer knows when the article first went out.
            if (printed is { Time: { } first } && meta.Modified == timed && printed.Value.Date == timed.Date && first < timed.Time)
            {
                return printed;
            }

            var fromAddress = DateReader.FromAddress(meta.CanonicalUrl) ?? DateReader.FromAddress(address);
            if (fromAddress is { } dated && dated.Date != timed.Date && printed is { } onPage && onPage.Date == dated.Date)
            {
                return onPage;
            }

            return timed;
        }

        visible ??= FindVisibleDateline(tree, titleNode, container, hints);
        if (meta.Published is { } fromMeta)
        {
            // A visible dateline of the same day adds the time the metadata left out.
            return fromMeta.Time is null && visible is { Time: not null } v && v.Date == fromMeta.Date ? v : fromMeta;
        }

        return visible;
    }

    /// <summary>True when two timed readings lie exactly Vietnam's UTC offset apart.</summary>
    private static bool ZoneSlip(PublicationTime a, PublicationTime b)
    {
        var apart = Period.Between(a.Date.At(a.Time!.Value), b.Date.At(b.Time!.Value), PeriodUnits.Minutes).Minutes;
        return Math.Abs(apart) == PublicationTime.VietnamOffset.Seconds / 60;
    }

    /// <summary>The first dateline line after the headline (or in the body when there is none), elements named date/time first.</summary>
    private static PublicationTime? FindVisibleDateline(PageTree tree, int titleNode, int container, PageHints hints)
    {
        var start = titleNode >= 0 ? titleNode : Math.Max(0, container);
        PublicationTime? loose = null;
        for (var pass = 0; pass < 2; pass++)
        {
            var from = pass == 0 ? start : Math.Max(0, start - DatelineWindow);
            var to = Math.Min(tree.Count, (pass == 0 ? start : from) + DatelineWindow + (pass == 0 ? 0 : DatelineWindow));
            for (var i = from; i < to; i++)
            {
                if (tree.IsText(i) || tree.Kind(i) != TagKind.Block && (tree.Hints(i) & HintKind.Date) == 0 && tree.ElementAt(i)!.LocalName != "time")
                {
                    continue;
                }

                // An inline element's text counts as its block's own, so a date span in a row of spans measures by its text.
                var own = tree.Kind(i) == TagKind.Block ? tree.OwnText[i] + tree.OwnJunkText[i] : tree.TextOf(i, 200).Length;
                // A block holding more than a dateline's worth of its own text is only read line by line (a one-cell
                // layout prints headline, dateline and furniture between line breaks of the body's cell).
                var crowded = own > 160;
                if (own < 6 || (crowded && tree.Kind(i) != TagKind.Block))
                {
                    continue;
                }

                // Once a loose dateline is found only a time element or an element named as a date can replace it; the date
                // of a related or most-read item belongs to that item.
                var element = tree.ElementAt(i)!;
                if ((loose is not null && (tree.Hints(i) & HintKind.Date) == 0 && element.LocalName != "time") || (tree.IsJunk(i) && DatesAnotherItem(tree, i)))
                {
                    continue;
                }

                if (element.LocalName == "time" && DateReader.ReadMeta(element.GetAttribute("datetime")) is { } machine)
                {
                    return machine;
                }

                var text = crowded ? "" : tree.TextOf(i, 200);
                var row = crowded ? null : DateReader.DatelineOf(text, hints.DatelineWords);
                var dateline = row is not null;
                text = row ?? text;
                if (!dateline && tree.Kind(i) == TagKind.Block
                    && tree.OwnLines(i).Select(line => DateReader.DatelineOf(line, hints.DatelineWords)).FirstOrDefault(d => d is not null) is { } line)
                {
                    // A cell or box that prints the dateline between other lines ("…<BR>Ngày cập nhật: 15/08/2023").
                    (text, dateline) = (line, true);
                }

                if (dateline && !hints.IsModifiedLabel(RowLabel(tree, i, text)) && DateReader.ReadVisible(text) is { } found)
                {
                    if ((tree.Hints(i) & HintKind.Date) != 0)
                    {
                        return found;
                    }

                    loose ??= found;
                }
            }

            if (loose is not null)
            {
                return loose;
            }
        }

        return loose;
    }

    /// <summary>The longest label a form row prints before its value.</summary>
    private const int MaxRowLabel = 40;

    /// <summary>
    /// The label a form row prints before a value in a cell of its own ("Ngày sửa đổi | 18/06/2025 8:02 SA", "Nguồn |
    /// TTXVN", as SharePoint's list-item forms print them): the text before the value in the nearest enclosing element that
    /// holds more than the value and at most a label more; "" when there is none.
    /// </summary>
    private static string RowLabel(PageTree tree, int node, string value)
    {
        for (int p = node, depth = 0; p >= 0 && depth < 3; p = tree.Parent(p), depth++)
        {
            var row = tree.TextOf(p, value.Length + MaxRowLabel + 2);
            if (row.Length > value.Length + MaxRowLabel)
            {
                return "";
            }

            var at = row.IndexOf(value, StringComparison.Ordinal);
            if (at > 0)
            {
                return row[..at].Trim();
            }
        }

        return "";
    }

    /// <summary>
    /// The time of a line between the headline and the body that prints only a time and a relative day ("16:40 hôm qua"),
    /// or null; a related item's relative time is left to that item.
    /// </summary>
    private static LocalTime? RelativeClock(PageTree tree, int titleNode, int bodyStart, PageHints hints)
    {
        if (titleNode < 0 || bodyStart <= titleNode)
        {
            return null;
        }

        for (var i = tree.End(titleNode); i < Math.Min(bodyStart, titleNode + DatelineWindow); i++)
        {
            if (tree.IsText(i) || tree.End(i) - i > 3 || (tree.IsJunk(i) && DatesAnotherItem(tree, i)))
            {
                continue;
            }

            if (hints.ReadRelativeTime(tree.TextOf(i, 60)) is { } clock)
            {
                return new LocalTime(clock.Hour, clock.Minute);
            }
        }

        return null;
    }

    /// <summary>The shortest link beside a date that makes it the date of a linked item (a related post's headline).</summary>
    private const int MinItemLink = 30;

    /// <summary>The most nodes an item of a list of links holds (an article's container holds more).</summary>
    private const int MaxItemNodes = 40;

    /// <summary>True when the element holding node <paramref name="i"/> also holds a link of a headline's length (a related
    /// post, a sidebar item): "&lt;li&gt;&lt;a&gt;Trao học bổng cho …&lt;/a&gt;&lt;span class=date&gt;24/01/2024&lt;/span&gt;&lt;/li&gt;".</summary>
    private static bool DatesAnotherItem(PageTree tree, int i)
    {
        var item = tree.Parent(i);
        if (item < 0 || tree.End(item) - item > MaxItemNodes)
        {
            return false;
        }

        for (var j = item + 1; j < tree.End(item); j++)
        {
            if (j != i && !tree.IsText(j) && tree.ElementAt(j)!.LocalName == "a" && tree.TextOf(j, MinItemLink).Length >= MinItemLink)
            {
                return true;
            }
        }

        return false;
    }

    private static (IReadOnlyList<string> Authors, string? BylineOutsideBody) ReadAuthors(IDocument page, PageTree tree, SiteProfile? profile, PageMetadata meta, List<BodyBlock> blocks, int container, int titleNode, PageHints hints, string? markup)
    {
        if (profile is not null && SelectorQuery.FirstOf(page, profile.Byline, markup) is { } bylineElement)
        {
            var line = TextFolding.Fold(bylineElement.TextContent);
            var names = BylineReader.Read(line, hints, bareNameAllowed: true);
            if (names.Count > 0)
            {
                return (names, InBody(tree, container, bylineElement) ? null : line);
            }
        }

        // The body's own byline: its last lines (a name alone, "Theo …"), or a first line "Tin, ảnh: …".
        var prose = blocks.Where(b => !b.IsCaption).ToList();
        for (var k = prose.Count - 1; k >= Math.Max(0, prose.Count - 2); k--)
        {
            // A form's "Nguồn" row names the agency the article came from ("TTXVN"), not its writer.
            if (hints.IsSourceLabel(RowLabel(tree, prose[k].Node, prose[k].Text)))
            {
                continue;
            }

            var names = BylineReader.Read(prose[k].Text, hints, bareNameAllowed: k == prose.Count - 1);
            if (names.Count > 0)
            {
                return (names, null);
            }
        }

        // The first line, or the second when a lead printed apart comes first ("<div summary>…</div><p><em>Bài, ảnh: …</em>").
        // A prefix of several words ("Written by", a CMS's row above its date) is as plain a byline as a labelled one; a
        // one-word prefix ("Theo") may open a sentence.
        for (var k = 0; k < Math.Min(2, prose.Count); k++)
        {
            if (BylineReader.Read(prose[k].Text, hints, bareNameAllowed: false) is { Count: > 0 } first
                && hints.BylinePrefixes.Any(p => (p.EndsWith(':') || p.Contains(' ')) && prose[k].Text.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                return (first, null);
            }
        }

        if (meta.StructuredAuthors.Count > 0)
        {
            return (meta.StructuredAuthors, null);
        }

        // An element named author/byline/tacgia near the body.
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.IsText(i) || (tree.Hints(i) & HintKind.Author) == 0)
            {
                continue;
            }

            var own = tree.OwnText[i] + tree.OwnJunkText[i];
            var line = tree.TextOf(i, 120);
            if (own > 100 || line.Length == 0)
            {
                continue;
            }

            if (line.Length > 100)
            {
                // A panel of rows ("Tác giả: … | Nguồn tin: … | Số lượt xem: …") is read row by row.
                if (AuthorBoxNames(tree, i, hints) is { Count: > 0 } rowNames)
                {
                    return (rowNames, null);
                }

                continue;
            }

            var names = BylineReader.Read(line, hints, bareNameAllowed: true);
            if (names.Count == 0)
            {
                names = AuthorBoxNames(tree, i, hints);
            }

            if (names.Count > 0)
            {
                // A magazine prints one box per writer (name, then affiliation): the boxes of the same class beside it name
                // the co-writers.
                var all = names.ToList();
                var cls = tree.ElementAt(i)!.GetAttribute("class");
                var parent = tree.Parent(i);
                for (var k = tree.End(i); !string.IsNullOrEmpty(cls) && parent >= 0 && k < tree.End(parent); k = tree.End(k))
                {
                    if (tree.IsText(k))
                    {
                        continue;
                    }

                    if (tree.ElementAt(k)!.GetAttribute("class") != cls)
                    {
                        break;
                    }

                    var other = tree.TextOf(k, 120);
                    var more = other.Length is 0 or > 100 ? [] : BylineReader.Read(other, hints, bareNameAllowed: true);
                    all.AddRange((more.Count > 0 ? more : AuthorBoxNames(tree, k, hints)).Where(n => !all.Contains(n, StringComparer.Ordinal)));
                }

                return (all, container >= 0 && i > container && i < tree.End(container) && !tree.IsJunk(i) ? null : line);
            }
        }

        if (MetaRowName(tree, titleNode, hints) is { } row)
        {
            return row;
        }

        var metaAuthors = meta.MetaAuthors.Where(a => !hints.LooksLikeSiteName(a) && !hints.IsPortalName(a) && (meta.SiteName is null || !TitleText.SameText(a, meta.SiteName))).ToList();
        return (metaAuthors, null);
    }

    /// <summary>The most text an author box or panel holds when read piece by piece.</summary>
    private const int MaxAuthorBox = 400;

    /// <summary>
    /// The writers an author box names when its whole text is no byline: a panel's labelled row ("Tác giả: Vàng Seo Dính,
    /// Lù Thị Mai" beside "Nguồn tin:" and "Số lượt xem:" rows), else the names its leaf elements print alone beside the
    /// box's own labels ("Sùng A Páo" · "Xem hồ sơ", one avatar box per writer).
    /// </summary>
    private static List<string> AuthorBoxNames(PageTree tree, int box, PageHints hints)
    {
        if (tree.TextOf(box, MaxAuthorBox + 1).Length > MaxAuthorBox)
        {
            return [];
        }

        for (var j = box + 1; j < tree.End(box); j++)
        {
            if (tree.IsText(j) || tree.Kind(j) != TagKind.Block)
            {
                continue;
            }

            var row = tree.TextOf(j, 120);
            if (hints.BylinePrefixes.Any(p => p.EndsWith(':') && row.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                && BylineReader.Read(row, hints, bareNameAllowed: false) is { Count: > 0 } labelled)
            {
                return [.. labelled];
            }
        }

        var names = new List<string>();
        for (var j = box + 1; j < tree.End(box); j++)
        {
            if (tree.IsText(j) || tree.End(j) != j + 2 || !tree.IsText(j + 1))
            {
                continue;
            }

            // A leaf element: one text and nothing else. Two words at least, so a role ("Phóng viên") or a button is no name.
            var piece = tree.TextOf(j, 80);
            if (piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && BylineReader.LooksLikeName(piece)
                && !hints.NamesNoWriter(piece))
            {
                foreach (var name in BylineReader.Read(piece, hints, bareNameAllowed: true))
                {
                    if (!names.Contains(name, StringComparer.Ordinal))
                    {
                        names.Add(name);
                    }
                }
            }
        }

        return names;
    }

    /// <summary>The most words a name printed as an item of a meta row takes.</summary>
    private const int MaxRowNameWords = 5;

    /// <summary>
    /// The writer a meta row under the headline names in an item of its own, beside the dateline ("&lt;span&gt;Đăng ngày:
    /// 02/06/2025 | 07:10&lt;/span&gt; &lt;span&gt;Đinh Tú&lt;/span&gt;"), when the item's class says nothing: the row's other
    /// items are the date, views or a section, and a bare name of two to five words among them can only be its writer.
    /// </summary>
    private static (IReadOnlyList<string>, string?)? MetaRowName(PageTree tree, int titleNode, PageHints hints)
    {
        if (titleNode < 0)
        {
            return null;
        }

        var to = Math.Min(tree.Count, titleNode + DatelineWindow);
        for (var i = tree.End(titleNode); i < to; i++)
        {
            if (tree.IsText(i) || tree.Kind(i) == TagKind.Block || tree.IsJunk(i) && DatesAnotherItem(tree, i))
            {
                continue;
            }

            var text = tree.TextOf(i, 120);
            if (text.Length is 0 or > 100 || DateReader.DatelineOf(text, hints.DatelineWords) is null)
            {
                continue;
            }

            // The first dateline item decides: its row's other items are read, and no later row is.
            var row = tree.Parent(i);
            for (var j = row + 1; j < tree.End(row); j = tree.End(j))
            {
                if (j == i || tree.IsText(j))
                {
                    continue;
                }

                var item = tree.TextOf(j, 60);
                var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words is >= 2 and <= MaxRowNameWords && BylineReader.LooksLikeName(item) && !hints.NamesNoWriter(item)
                    && BylineReader.Read(item, hints, bareNameAllowed: true) is { Count: > 0 } names)
                {
                    return (names, tree.TextOf(row, 200));
                }
            }

            return null;
        }

        return null;
    }

    private static bool InBody(PageTree tree, int container, IElement element)
    {
        var i = tree.IndexOf(element);
        return container >= 0 && i >= container && i < tree.End(container) && !tree.IsJunk(i);
    }

    private static string? ReadNextPage(IDocument page, PageTree tree, SiteProfile? profile, PageMetadata meta, string? markup)
    {
        if (profile is not null && SelectorQuery.FirstOf(page, profile.NextPage, markup) is { } next && next.GetAttribute("href") is { Length: > 0 } href)
        {
            return href;
        }

        if (meta.NextPageUrl is not null)
        {
            return meta.NextPageUrl;
        }

        // One pass over the page's links (a CSS query with substring attribute selectors costs a millisecond on a large page):
        // rel=next first, else a "next" link inside a pager.
        string? pager = null;
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.IsText(i) || tree.ElementAt(i) is not { LocalName: "a" } link)
            {
                continue;
            }

            // One pass over the link's attributes: named lookups lower-case the name on every call.
            string? target = null, rel = null, cls = null;
            var attributes = link.Attributes;
            for (var a = 0; a < attributes.Length; a++)
            {
                var attribute = attributes[a]!;
                switch (attribute.Name)
                {
                    case "href":
                        target = attribute.Value;
                        break;
                    case "rel":
                        rel = attribute.Value;
                        break;
                    case "class":
                        cls = attribute.Value;
                        break;
                }
            }

            if (string.IsNullOrEmpty(target))
            {
                continue;
            }

            if (rel is not null && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("next", StringComparer.OrdinalIgnoreCase))
            {
                return target;
            }

            if (pager is null && IsNextLink(tree, i, cls))
            {
                pager = target;
            }
        }

        return pager;
    }

    /// <summary>True for a link reading "next" ("Trang sau", "»", "next page", or class "next") inside an element named as a pager.</summary>
    private static bool IsNextLink(PageTree tree, int i, string? linkClass)
    {
        var next = (linkClass ?? "").Contains("next", StringComparison.OrdinalIgnoreCase) || HasNextText(tree, i);
        if (!next)
        {
            return false;
        }

        for (var p = tree.Parent(i); p >= 0; p = tree.Parent(p))
        {
            var element = tree.ElementAt(p)!;
            var names = (element.GetAttribute("class") ?? "") + " " + element.Id;
            if (names.Contains("pag", StringComparison.OrdinalIgnoreCase) || names.Contains("phantrang", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NextLinkTexts = ["trang sau", "tiếp", "tiếp theo", "sau", "»", "›", ">", ">>", "next", "next page", "trang tiếp"];

    /// <summary>The longest raw text (spaces included) a "next" link's words can take; longer links are not read.</summary>
    private const int MaxNextLinkText = 40;

    /// <summary>True when link <paramref name="i"/> reads "Trang sau", "»", "next" and the like.</summary>
    private static bool HasNextText(PageTree tree, int i)
    {
        var raw = 0;
        for (var j = i + 1; j < tree.End(i) && raw <= MaxNextLinkText; j++)
        {
            if (tree.IsText(j))
            {
                raw += ((IText)tree.NodeAt(j)).Data.Length;
            }
        }

        if (raw > MaxNextLinkText)
        {
            return false;
        }

        var text = tree.TextOf(i, 20);
        return Array.Exists(NextLinkTexts, t => string.Equals(t, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An address made absolute against the page's address, or as given when it cannot be.</summary>
    internal static string? Resolve(string? baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var resolved))
        {
            return resolved.ToString();
        }

        return href;
    }
}
