using AngleSharp.Dom;

namespace Extractor.Html.Content;

/// <summary>A page's body flattened into arrays in document order, with the text, link and furniture measures content detection needs.</summary>
/// <remarks>
/// Built and read by loops, never by recursion, so a page of 100,000 nested elements cannot overflow the stack.
/// Node <c>i</c>'s descendants are the indices <c>i+1 .. End[i]-1</c>.
/// </remarks>
internal sealed class PageTree
{
    private readonly List<INode> _nodes;
    private readonly List<int> _parent;
    private readonly List<int> _end;
    private readonly List<TagKind> _kind;
    private readonly List<NodeFlags> _flags;
    private readonly List<HintKind> _hints;
    private readonly List<int> _block;
    private Dictionary<INode, int>? _index;

    /// <summary>The least prose a region named as furniture must hold to count as a wrapper of the page rather than furniture.</summary>
    private const int MinWrapperProse = 400;

    private PageTree(int capacity)
    {
        _nodes = new(capacity);
        _parent = new(capacity);
        _end = new(capacity);
        _kind = new(capacity);
        _flags = new(capacity);
        _hints = new(capacity);
        _block = new(capacity);
    }

    public int Count => _nodes.Count;

    /// <summary>Characters of text whose nearest block is this node, outside furniture.</summary>
    public int[] OwnText { get; private set; } = [];

    /// <summary>Of <see cref="OwnText"/>, the characters inside links.</summary>
    public int[] OwnLinkText { get; private set; } = [];

    /// <summary>Characters of furniture text whose nearest block is this node.</summary>
    public int[] OwnJunkText { get; private set; } = [];

    /// <summary>Sentence punctuation marks in <see cref="OwnText"/>.</summary>
    public int[] OwnPunctuation { get; private set; } = [];

    public INode NodeAt(int i) => _nodes[i];

    public IElement? ElementAt(int i) => _nodes[i] as IElement;

    public int Parent(int i) => _parent[i];

    public int End(int i) => _end[i];

    public TagKind Kind(int i) => _kind[i];

    public NodeFlags Flags(int i) => _flags[i];

    public HintKind Hints(int i) => _hints[i];

    /// <summary>The nearest block at or above node <paramref name="i"/>.</summary>
    public int Block(int i) => _block[i];

    public bool IsText(int i) => (_flags[i] & NodeFlags.Text) != 0;

    public bool IsJunk(int i) => (_flags[i] & NodeFlags.Junk) != 0;

    /// <summary>The index of an element, or -1 when it is not in the tree (skipped or outside the body).</summary>
    /// <remarks>The lookup table is built on first use: only profile selectors and bylines ask, and most pages need neither.</remarks>
    public int IndexOf(INode? node)
    {
        if (node is null)
        {
            return -1;
        }

        if (_index is null)
        {
            var index = new Dictionary<INode, int>(Count / 2, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < Count; i++)
            {
                if (!IsText(i))
                {
                    index[_nodes[i]] = i;
                }
            }

            _index = index;
        }

        return _index.TryGetValue(node, out var found) ? found : -1;
    }

    /// <summary>Flattens the subtree of <paramref name="root"/>; <paramref name="capacity"/> is an estimate of its node count (sizes the arrays once).</summary>
    /// <param name="furniture">Elements known to be furniture (a site profile's removals): they and their subtrees are junk.</param>
    public static PageTree Build(IElement root, PageHints hints, int capacity = 256, IReadOnlySet<INode>? furniture = null)
    {
        var tree = new PageTree(capacity);
        var stack = new Stack<(INode Node, int Parent, int Block, NodeFlags Inherited)>();
        stack.Push((root, -1, -1, NodeFlags.None));
        while (stack.Count > 0)
        {
            var (node, parent, block, inherited) = stack.Pop();
            var index = tree.Count;
            if (node is IText)
            {
                tree.Add(node, parent, TagKind.Inline, inherited | NodeFlags.Text, HintKind.None, block);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            var kind = Tags.KindOf(tag);
            if (kind == TagKind.Skip)
            {
                if (tag != "noscript" || !HoldsSwallowedPage(element))
                {
                    continue;
                }

                kind = TagKind.Block;
            }

            var (classAndId, hidden) = ReadAttributes(element);
            var hint = hints.Classify(classAndId);
            var flags = inherited & NodeFlags.Link;
            if (furniture is not null && furniture.Contains(element))
            {
                flags |= NodeFlags.Junk | NodeFlags.NamedStrongJunk | NodeFlags.Removed;
            }
            else if (hidden || (Tags.IsFurniture(tag) && tag != "header"))
            {
                flags |= NodeFlags.Junk;
            }
            else if (tag == "header")
            {
                // A <header> is furniture unless it holds most of the page's prose: pages that never close their masthead's
                // <header> put the whole article inside it.
                flags |= NodeFlags.NamedJunk;
            }
            else if (tag is not ("body" or "html"))
            {
                if ((hint & HintKind.StrongJunk) != 0)
                {
                    flags |= NodeFlags.NamedStrongJunk;
                }
                else if ((hint & HintKind.Junk) != 0)
                {
                    flags |= NodeFlags.NamedJunk;
                }
            }

            if (tag == "a")
            {
                flags |= NodeFlags.Link;
            }

            var ownBlock = kind is TagKind.Block ? index : block;
            tree.Add(node, parent, kind, flags, hint, ownBlock);
            var children = node.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                var child = children[c];
                if (child.NodeType is NodeType.Element or NodeType.Text)
                {
                    stack.Push((child, index, ownBlock, flags & NodeFlags.Link));
                }
            }
        }

        tree.Measure();
        return tree;
    }

    /// <summary>Characters of text outside links and furniture in the subtree of node <paramref name="i"/>.</summary>
    public int ProseWithin(int i)
    {
        var total = 0;
        for (var j = i; j < _end[i]; j++)
        {
            total += OwnText[j] - OwnLinkText[j];
        }

        return total;
    }

    /// <summary>Characters of furniture text in the subtree of node <paramref name="i"/>.</summary>
    public int JunkTextWithin(int i)
    {
        var total = 0;
        for (var j = i; j < _end[i]; j++)
        {
            total += OwnJunkText[j];
        }

        return total;
    }

    /// <summary>The folded text of node <paramref name="i"/>'s subtree, furniture included (for short elements: headlines, datelines).</summary>
    public string TextOf(int i, int limit = 2000)
    {
        var builder = new System.Text.StringBuilder();
        for (var j = i; j < _end[i] && builder.Length < limit; j++)
        {
            if (IsText(j))
            {
                TextFolding.AppendFolded(builder, ((IText)_nodes[j]).Data);
            }
            else if (_kind[j] is TagKind.Block or TagKind.Break && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The folded lines of block <paramref name="i"/>'s own text: cut at line breaks and at the blocks inside it,
    /// whose text is left out ("&lt;td&gt;&lt;h2&gt;…&lt;/h2&gt;02/06/2023 10:25&lt;/td&gt;" gives one line, the date).</summary>
    public List<string> OwnLines(int i)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        for (var j = i + 1; j < _end[i]; j++)
        {
            if (IsText(j))
            {
                TextFolding.AppendFolded(line, ((IText)_nodes[j]).Data);
            }
            else if (_kind[j] is TagKind.Block or TagKind.Break)
            {
                Cut();
                if (_kind[j] is TagKind.Block)
                {
                    j = _end[j] - 1;
                }
            }
        }

        Cut();
        return lines;

        void Cut()
        {
            var text = line.ToString().Trim();
            if (text.Length > 0)
            {
                lines.Add(text);
            }

            line.Clear();
        }
    }

    private void Add(INode node, int parent, TagKind kind, NodeFlags flags, HintKind hints, int block)
    {
        _nodes.Add(node);
        _parent.Add(parent);
        _end.Add(0);
        _kind.Add(kind);
        _flags.Add(flags);
        _hints.Add(hints);
        _block.Add(block);
    }

    private void Measure()
    {
        var n = Count;
        OwnText = new int[n];
        OwnLinkText = new int[n];
        OwnJunkText = new int[n];
        OwnPunctuation = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            _end[i] = Math.Max(_end[i], i + 1);
            if (_parent[i] >= 0)
            {
                _end[_parent[i]] = Math.Max(_end[_parent[i]], _end[i]);
            }
        }

        // Furniture by tag, hidden, or named as comments is furniture whatever it holds; it does not count as the page's prose.
        for (var i = 0; i < n; i++)
        {
            if ((_flags[i] & NodeFlags.NamedStrongJunk) != 0 || (_parent[i] >= 0 && (_flags[_parent[i]] & NodeFlags.Junk) != 0))
            {
                _flags[i] |= NodeFlags.Junk;
            }
        }

        // Furniture is inherited; a region named as furniture that holds most of the page's prose (and more than a cookie
        // notice's worth) is a wrapper, not furniture.
        var text = new int[n];
        var links = new int[n];
        var marks = new int[n];
        var folded = new int[n];
        var foldedMarks = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (IsText(i) && _block[i] >= 0)
            {
                folded[i] = TextFolding.FoldedLength(((IText)_nodes[i]).Data, out foldedMarks[i]);
            }

            if (IsText(i) && _block[i] >= 0 && !IsJunk(i))
            {
                var length = folded[i];
                var punctuation = foldedMarks[i];
                text[_block[i]] += length;
                marks[_block[i]] += punctuation;
                if ((_flags[i] & NodeFlags.Link) != 0)
                {
                    links[_block[i]] += length;
                }
            }
        }

        var prose = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            if (text[i] >= 80 && marks[i] > 0 && links[i] * 3 < text[i] && !IsJunk(i))
            {
                prose[i] += text[i];
            }

            if (_parent[i] >= 0)
            {
                prose[_parent[i]] += prose[i];
            }
        }

        var total = n > 0 ? prose[0] : 0;
        for (var i = 0; i < n; i++)
        {
            var parentJunk = _parent[i] >= 0 && (_flags[_parent[i]] & NodeFlags.Junk) != 0;
            var namedJunk = (_flags[i] & NodeFlags.NamedStrongJunk) != 0 || ((_flags[i] & NodeFlags.NamedJunk) != 0 && (prose[i] * 2 < total || prose[i] < MinWrapperProse));
            if (parentJunk || namedJunk)
            {
                _flags[i] |= NodeFlags.Junk;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (!IsText(i))
            {
                continue;
            }

            var block = _block[i];
            if (block < 0)
            {
                continue;
            }

            var length = folded[i];
            var punctuation = foldedMarks[i];
            if (length == 0)
            {
                continue;
            }

            if (IsJunk(i))
            {
                OwnJunkText[block] += length;
            }
            else
            {
                OwnText[block] += length;
                OwnPunctuation[block] += punctuation;
                if ((_flags[i] & NodeFlags.Link) != 0)
                {
                    OwnLinkText[block] += length;
                }
            }
        }
    }

    /// <summary>An element's class and id (joined by a space) and whether it is hidden, from one pass over its attributes.</summary>
    /// <remarks>Named lookups lower-case the name on every call; the parser has already lower-cased the attributes' names.</remarks>
    private static (string? ClassAndId, bool Hidden) ReadAttributes(IElement element)
    {
        string? cls = null, id = null;
        var hidden = false;
        var attributes = element.Attributes;
        for (var a = 0; a < attributes.Length; a++)
        {
            var attribute = attributes[a]!;
            switch (attribute.Name)
            {
                case "class":
                    cls = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "aria-hidden":
                    hidden |= attribute.Value == "true";
                    break;
                case "style":
                    hidden |= HidesByStyle(attribute.Value);
                    break;
            }
        }

        var classAndId = string.IsNullOrEmpty(id) ? cls : string.IsNullOrEmpty(cls) ? id : cls + " " + id;
        return (classAndId, hidden);
    }

    /// <summary>The least text a &lt;noscript&gt; holds when it has swallowed the page rather than a fallback image or notice.</summary>
    private const int MinSwallowedText = 1000;

    /// <summary>
    /// True for a &lt;noscript&gt; that holds the rest of the page. Parsed with scripting off, "&lt;noscript&gt;&lt;div&gt;&lt;/noscript&gt;"
    /// leaves the end tag unmatched (a browser with scripting on reads it as raw text), so every later element ends up
    /// inside the noscript. Only noscript elements pay for the text measure, and they are few and usually tiny.
    /// </summary>
    private static bool HoldsSwallowedPage(IElement element) =>
        element.ChildElementCount > 0 && element.TextContent.Length >= MinSwallowedText;

    internal static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        return element.GetAttribute("style") is { } style && HidesByStyle(style);
    }

    private static bool HidesByStyle(string style)
    {
        if (!style.Contains("none", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
