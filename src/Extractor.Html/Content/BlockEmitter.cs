using System.Text;
using AngleSharp.Dom;

namespace Extractor.Html.Content;

/// <summary>Writes the paragraphs of a body container in page order, leaving out furniture, link lists and empty or decorative lines.</summary>
internal static class BlockEmitter
{
    /// <summary>A paragraph more than this share of link text is a link list, not prose.</summary>
    private const double MaxLinkDensity = 0.5;

    /// <summary>The longest heading taken for the title of a box of links.</summary>
    private const int MaxBoxTitle = 100;

    /// <summary>The longest text taken for an image's caption by its place beside or below the image.</summary>
    private const int MaxCaption = 250;

    /// <summary>The longest paragraph (not a heading) taken for the label of a box of links when it ends no sentence.</summary>
    private const int MaxBoxLabel = 60;

    public static List<BodyBlock> Emit(PageTree tree, IEnumerable<int> containers, PageHints hints)
    {
        var blocks = new List<BodyBlock>();
        var previousEnd = -1;
        foreach (var container in containers)
        {
            // A body read as separate paragraphs skips the image-only paragraphs between them: the line after one may be
            // its caption.
            var belowImage = container > previousEnd && previousEnd >= 0 && OnlyImagesBetween(tree, previousEnd, container);

            // A lead standing in the article's header is furniture by inheritance: inside it only what is furniture by
            // its own name or tag is left out.
            blocks.AddRange(Emit(tree, container, hints, lenient: container >= 0 && tree.IsJunk(container), belowImage));
            previousEnd = container >= 0 ? tree.End(container) : previousEnd;
        }

        // Notes and references printed after the text ("Chú thích:", "Tài liệu tham khảo") end the article: they stand as
        // prose beside it, so they join the body, but they cite sources rather than tell the story. Only a label in the
        // body's second half counts, so an article that opens by explaining its notes keeps its text. A notes box named
        // "chuthich" reads as a caption by its name, so the label counts there too.
        var total = blocks.Sum(b => b.Text.Length);
        var before = 0;
        for (var k = 0; k < blocks.Count; before += blocks[k].Text.Length, k++)
        {
            if (k > 0 && before * 2 >= total && hints.IsEndMatterLabel(blocks[k].Text))
            {
                blocks.RemoveRange(k, blocks.Count - k);
                break;
            }
        }

        // A heading the body ends with introduces nothing: it titles a box that was left out.
        while (blocks.Count > 0 && blocks[^1].IsHeading)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        return blocks;
    }

    public static List<BodyBlock> Emit(PageTree tree, int container, PageHints hints, bool lenient = false, bool belowImage = false)
    {
        var blocks = new List<BodyBlock>();
        if (container < 0)
        {
            return blocks;
        }

        var buffer = new StringBuilder();
        var linkChars = 0;
        var sawImage = false;
        var afterImage = belowImage;
        var open = new Stack<int>();
        var end = tree.End(container);
        for (var j = container; j < end; j++)
        {
            while (open.Count > 0 && tree.End(open.Peek()) <= j)
            {
                Flush(open.Peek());
                open.Pop();
            }

            if (tree.IsText(j))
            {
                var before = buffer.Length;
                TextFolding.AppendFolded(buffer, ((IText)tree.NodeAt(j)).Data);
                if ((tree.Flags(j) & NodeFlags.Link) != 0)
                {
                    linkChars += buffer.Length - before;
                }

                continue;
            }

            var kind = tree.Kind(j);
            if (j != container && tree.IsJunk(j) && (!lenient || IsOwnFurniture(tree, j)) && !IsCaptionCredit(tree, j, container, hints))
            {
                if (kind == TagKind.Block)
                {
                    Flush(open.Count > 0 ? open.Peek() : container);
                    if (tree.JunkTextWithin(j) > 0 && (tree.Flags(j) & NodeFlags.Removed) == 0)
                    {
                        DropOrphanHeading();
                    }
                }

                j = tree.End(j) - 1;
                continue;
            }

            if (kind == TagKind.Block && j != container && (IsLabelledBox(tree, j, hints) || IsOtherLanguageBox(tree, j)))
            {
                Flush(open.Count > 0 ? open.Peek() : container);
                j = tree.End(j) - 1;
                continue;
            }

            if (kind == TagKind.Block)
            {
                Flush(open.Count > 0 ? open.Peek() : container);
                open.Push(j);
            }
            else if (kind == TagKind.Break)
            {
                buffer.Append('\n');
            }
            else if (tree.ElementAt(j)!.LocalName == "img")
            {
                sawImage = true;
                if (buffer.Length > 0 && buffer[^1] != ' ')
                {
                    buffer.Append(' ');
                }
            }
        }

        while (open.Count > 0)
        {
            Flush(open.Pop());
        }

        return blocks;

        // A heading right before a box that is left out (related links, share bar) is that box's title ("Mehr zum Thema").
        void DropOrphanHeading()
        {
            if (blocks.Count > 0 && IsBoxTitle(blocks[^1], hints, blocks))
            {
                blocks.RemoveAt(blocks.Count - 1);
            }
        }

        void Flush(int block)
        {
            if (buffer.Length == 0)
            {
                afterImage |= sawImage;
                sawImage = false;
                return;
            }

            var text = buffer.ToString();
            var density = (double)linkChars / Math.Max(1, text.Length);
            var besideImage = sawImage;
            var belowImage = afterImage;
            buffer.Clear();
            linkChars = 0;
            sawImage = false;
            afterImage = false;
            if (density > MaxLinkDensity)
            {
                DropOrphanHeading();
                return;
            }

            // A short text sharing its paragraph with an image ("<p><img><br><em>…</em></p>") is the image's caption.
            // So is a short italic or centred paragraph right below a paragraph that holds only an image.
            var caption = IsCaption(tree, block, container) || (besideImage && text.Length < MaxCaption)
                || (belowImage && text.Length < MaxCaption && IsSetAsCaption(tree, block));
            var heading = Tags.IsHeading(tree.ElementAt(block)?.LocalName ?? "");
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                // Captions are kept whatever they say (they name the people in the photo); other lines may be a promo.
                if (line.Length == 0 || !HasLetterOrDigit(line) || hints.IsFurnitureLine(line) || (!caption && hints.IsPromoLine(line)))
                {
                    continue;
                }

                blocks.Add(new BodyBlock(line, block, caption, heading));
            }
        }
    }

    /// <summary>The most text a box opened by a box label holds: a teaser card or an author panel, never the article.</summary>
    private const int MaxLabelledBox = 600;

    /// <summary>
    /// True for a small box whose first line is a box label: a "Xem thêm" card set between paragraphs holds another
    /// article's headline and a sentence-like summary, and a "Thông tin tác giả" panel its writer, source and edit date;
    /// neither is the article's text, however unremarkable its class names.
    /// </summary>
    internal static bool IsLabelledBox(PageTree tree, int block, PageHints hints)
    {
        for (var k = block + 1; k < tree.End(block); k++)
        {
            if (tree.IsText(k) && ((IText)tree.NodeAt(k)).Data is var data && !string.IsNullOrWhiteSpace(data))
            {
                return hints.IsBoxLabel(TextFolding.Fold(data)) && tree.TextOf(block, MaxLabelledBox + 1).Length <= MaxLabelledBox;
            }
        }

        return false;
    }

    /// <summary>The most text a box in another language holds: a translated summary, never a bilingual article's half.</summary>
    private const int MaxOtherLanguageBox = 1200;

    /// <summary>
    /// True for a small box marked in a language other than the text around it (a Vietnamese paper's "Summary in English"
    /// box, lang="en"): a translation for other readers, not the article's text.
    /// </summary>
    private static bool IsOtherLanguageBox(PageTree tree, int block)
    {
        if (tree.ElementAt(block) is not { } element || element.GetAttribute("lang") is not { Length: > 0 } lang)
        {
            return false;
        }

        var outer = element.ParentElement;
        while (outer is not null && string.IsNullOrEmpty(outer.GetAttribute("lang")))
        {
            outer = outer.ParentElement;
        }

        return outer is not null && !string.Equals(PrimaryLanguage(lang), PrimaryLanguage(outer.GetAttribute("lang")!), StringComparison.OrdinalIgnoreCase)
            && tree.TextOf(block, MaxOtherLanguageBox + 1).Length <= MaxOtherLanguageBox;

        static string PrimaryLanguage(string tag) => tag.Split('-', '_')[0].Trim();
    }

    /// <summary>
    /// True for a photo credit set apart inside a caption ("&lt;figcaption&gt;…&lt;span class=photo-credit&gt;(Ảnh: Y Khoa)&lt;/span&gt;"):
    /// the class names it as a credit, which is furniture in a body, but in a caption it is part of what the caption says.
    /// </summary>
    private static bool IsCaptionCredit(PageTree tree, int j, int container, PageHints hints)
    {
        if (tree.Kind(j) == TagKind.Block || (tree.Flags(j) & NodeFlags.NamedStrongJunk) != 0 || tree.Parent(j) < 0 || tree.IsJunk(tree.Parent(j))
            || !IsCaption(tree, tree.Block(j), container))
        {
            return false;
        }

        var text = tree.TextOf(j, 100).Trim('(', ')', ' ');
        return hints.PhotoCreditPrefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when nodes <paramref name="from"/> to <paramref name="to"/> (exclusive) hold an image and no text.</summary>
    private static bool OnlyImagesBetween(PageTree tree, int from, int to)
    {
        if (to - from > 50)
        {
            return false;
        }

        var image = false;
        for (var k = from; k < to; k++)
        {
            if (tree.IsText(k))
            {
                if (!string.IsNullOrWhiteSpace(((IText)tree.NodeAt(k)).Data))
                {
                    return false;
                }
            }
            else
            {
                image |= tree.ElementAt(k)!.LocalName == "img";
            }
        }

        return image;
    }

    /// <summary>True for a paragraph set as a caption: centred, or all its text in italics.</summary>
    private static bool IsSetAsCaption(PageTree tree, int block)
    {
        if (tree.ElementAt(block) is { } element
            && ((element.GetAttribute("style")?.Contains("center", StringComparison.OrdinalIgnoreCase) ?? false)
                || string.Equals(element.GetAttribute("align"), "center", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var italic = false;
        for (var k = block + 1; k < tree.End(block); k++)
        {
            if (!tree.IsText(k) || string.IsNullOrWhiteSpace(((IText)tree.NodeAt(k)).Data))
            {
                continue;
            }

            var inItalics = false;
            for (var p = tree.Parent(k); p > block && !inItalics; p = tree.Parent(p))
            {
                inItalics = tree.ElementAt(p)!.LocalName is "em" or "i";
            }

            if (!inItalics)
            {
                return false;
            }

            italic = true;
        }

        return italic;
    }

    /// <summary>A heading, or a short label that ends no sentence ("Mehr zum Thema", "Schon gelesen?", "Xem thêm:").</summary>
    /// <remarks>
    /// In Vietnamese text a byline ("MINH KHÔI", "Tin, ảnh: Thu Hà") ending the body before a share bar or a box of links is
    /// the article's, not the box's. Elsewhere capitalized words are no sign of a name (German capitalizes every noun).
    /// </remarks>
    private static bool IsBoxTitle(BodyBlock block, PageHints hints, List<BodyBlock> blocks) =>
        block.IsHeading ? block.Text.Length <= MaxBoxTitle
            : !block.IsCaption && block.Text.Length <= MaxBoxLabel && block.Text[^1] is not ('.' or '!' or '"' or '”' or '»' or ')')
                && !(Metadata.BylineReader.Read(block.Text, hints, bareNameAllowed: true).Count > 0 && blocks.Exists(b => WritesVietnamese(b.Text)));

    /// <summary>True when the text holds a letter only Vietnamese writes (đ, ư, ơ, or a vowel with a dot below or hook above).</summary>
    private static bool WritesVietnamese(string text) =>
        text.AsSpan().IndexOfAny("đĐưƯơƠ") >= 0 || text.AsSpan().IndexOfAnyInRange('\u1EA0', '\u1EF9') >= 0;

    private static bool IsCaption(PageTree tree, int block, int container)
    {
        for (var i = block; i >= container && i >= 0; i = tree.Parent(i))
        {
            var tag = tree.ElementAt(i)?.LocalName;
            if (tag is "figcaption" or "caption" || (tree.Hints(i) & HintKind.Caption) != 0)
            {
                return true;
            }

            if (tag is "figure")
            {
                return block != i;
            }
        }

        return false;
    }

    /// <summary>Furniture by its own name or tag, or hidden, rather than by standing inside furniture.</summary>
    private static bool IsOwnFurniture(PageTree tree, int j) =>
        (tree.Flags(j) & (NodeFlags.NamedJunk | NodeFlags.NamedStrongJunk)) != 0
        || (tree.ElementAt(j) is { } element && (Tags.IsFurniture(element.LocalName) || PageTree.IsHidden(element)));

    private static bool HasLetterOrDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
