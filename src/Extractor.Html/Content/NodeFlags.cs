namespace Extractor.Html.Content;

/// <summary>What the page tree knows about one node.</summary>
[Flags]
internal enum NodeFlags : byte
{
    None = 0,

    /// <summary>A text node.</summary>
    Text = 1,

    /// <summary>Inside page furniture (navigation, share bars, related boxes, hidden elements).</summary>
    Junk = 2,

    /// <summary>Inside a link.</summary>
    Link = 4,

    /// <summary>Named as furniture by its class or id ("menu", "share", "related"); furniture only if it does not hold most of the page's text.</summary>
    NamedJunk = 8,

    /// <summary>Named as comments by its class or id: furniture whatever its size.</summary>
    NamedStrongJunk = 16,

    /// <summary>Removed by a site profile: left out of the body as if the page did not print it, but still read for bylines and datelines.</summary>
    Removed = 32,
}
