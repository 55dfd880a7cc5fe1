using AngleSharp.Dom;

namespace Extractor.Html.Metadata;

/// <summary>The elements metadata is read from, gathered in one walk over the page in document order.</summary>
/// <remarks>
/// Each tag-name or selector query walks the whole tree; on a 100 KB page five of them (meta, link, JSON-LD scripts,
/// microdata, time) cost more than the reading they feed. Built by a loop, never by recursion.
/// </remarks>
internal sealed class MetadataElements
{
    public List<IElement> Metas { get; } = [];

    public List<IElement> Links { get; } = [];

    /// <summary>Scripts of type application/ld+json.</summary>
    public List<IElement> JsonLd { get; } = [];

    /// <summary>Elements with an itemprop attribute (only gathered when asked for).</summary>
    public List<IElement> ItemProps { get; } = [];

    /// <summary>The first &lt;time pubdate datetime&gt; (only gathered with <see cref="ItemProps"/>).</summary>
    public IElement? PubdateTime { get; private set; }

    public static MetadataElements Collect(IDocument page, bool structured)
    {
        var found = new MetadataElements();
        if (page.DocumentElement is not { } root)
        {
            return found;
        }

        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            switch (element.LocalName)
            {
                case "meta":
                    found.Metas.Add(element);
                    break;
                case "link":
                    found.Links.Add(element);
                    break;
                case "script":
                    if (string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        found.JsonLd.Add(element);
                    }

                    break;
            }

            if (structured)
            {
                found.ReadStructured(element);
            }

            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return found;
    }

    private void ReadStructured(IElement element)
    {
        bool itemprop = false, pubdate = false, datetime = false;
        var attributes = element.Attributes;
        for (var a = 0; a < attributes.Length; a++)
        {
            switch (attributes[a]!.Name)
            {
                case "itemprop":
                    itemprop = true;
                    break;
                case "pubdate":
                    pubdate = true;
                    break;
                case "datetime":
                    datetime = true;
                    break;
            }
        }

        if (itemprop)
        {
            ItemProps.Add(element);
        }

        if (PubdateTime is null && pubdate && datetime && element.LocalName == "time")
        {
            PubdateTime = element;
        }
    }
}
