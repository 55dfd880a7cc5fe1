using System.Collections.Frozen;

namespace Extractor.Html.Content;

/// <summary>The HTML tag names the content extractor knows, by the part they play in a page.</summary>
internal static class Tags
{
    private static readonly FrozenDictionary<string, TagKind> Kinds = new Dictionary<string, TagKind>(StringComparer.Ordinal)
    {
        ["p"] = TagKind.Block, ["div"] = TagKind.Block, ["section"] = TagKind.Block, ["article"] = TagKind.Block,
        ["main"] = TagKind.Block, ["li"] = TagKind.Block, ["ul"] = TagKind.Block, ["ol"] = TagKind.Block,
        ["td"] = TagKind.Block, ["th"] = TagKind.Block, ["tr"] = TagKind.Block, ["table"] = TagKind.Block,
        ["tbody"] = TagKind.Block, ["thead"] = TagKind.Block, ["tfoot"] = TagKind.Block, ["caption"] = TagKind.Block,
        ["h1"] = TagKind.Block, ["h2"] = TagKind.Block, ["h3"] = TagKind.Block, ["h4"] = TagKind.Block,
        ["h5"] = TagKind.Block, ["h6"] = TagKind.Block, ["blockquote"] = TagKind.Block, ["pre"] = TagKind.Block,
        ["figure"] = TagKind.Block, ["figcaption"] = TagKind.Block, ["dl"] = TagKind.Block, ["dd"] = TagKind.Block,
        ["dt"] = TagKind.Block, ["address"] = TagKind.Block, ["center"] = TagKind.Block, ["form"] = TagKind.Block,
        ["body"] = TagKind.Block, ["header"] = TagKind.Block, ["footer"] = TagKind.Block, ["nav"] = TagKind.Block,
        ["aside"] = TagKind.Block, ["details"] = TagKind.Block, ["summary"] = TagKind.Block, ["fieldset"] = TagKind.Block,
        ["legend"] = TagKind.Block, ["hr"] = TagKind.Block, ["html"] = TagKind.Block, ["menu"] = TagKind.Block,
        ["hgroup"] = TagKind.Block, ["dialog"] = TagKind.Block,
        ["br"] = TagKind.Break,
        ["script"] = TagKind.Skip, ["style"] = TagKind.Skip, ["noscript"] = TagKind.Skip, ["template"] = TagKind.Skip,
        ["svg"] = TagKind.Skip, ["math"] = TagKind.Skip, ["iframe"] = TagKind.Skip, ["object"] = TagKind.Skip,
        ["embed"] = TagKind.Skip, ["canvas"] = TagKind.Skip, ["select"] = TagKind.Skip, ["textarea"] = TagKind.Skip,
        ["button"] = TagKind.Skip, ["input"] = TagKind.Skip, ["option"] = TagKind.Skip, ["head"] = TagKind.Skip,
        ["link"] = TagKind.Skip, ["meta"] = TagKind.Skip, ["video"] = TagKind.Skip, ["audio"] = TagKind.Skip,
        ["map"] = TagKind.Skip, ["label"] = TagKind.Skip, ["title"] = TagKind.Skip,
        // AMP's ad and tracking elements: an ad's placeholder label ("Quảng cáo") would otherwise read as body text.
        ["amp-ad"] = TagKind.Skip, ["amp-embed"] = TagKind.Skip, ["amp-sticky-ad"] = TagKind.Skip, ["amp-auto-ads"] = TagKind.Skip,
        ["amp-analytics"] = TagKind.Skip, ["amp-pixel"] = TagKind.Skip,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Page regions that are furniture wherever they stand.</summary>
    private static readonly FrozenSet<string> Furniture = new[] { "nav", "footer", "aside", "header", "menu", "dialog" }.ToFrozenSet(StringComparer.Ordinal);

    public static TagKind KindOf(string localName) => Kinds.TryGetValue(localName, out var kind) ? kind : TagKind.Inline;

    public static bool IsFurniture(string localName) => Furniture.Contains(localName);

    public static bool IsHeading(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';
}
