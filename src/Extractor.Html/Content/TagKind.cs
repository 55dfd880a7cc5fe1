namespace Extractor.Html.Content;

/// <summary>How the content extractor treats an element by its tag name.</summary>
internal enum TagKind : byte
{
    /// <summary>Text flows through it (span, a, b, em …).</summary>
    Inline,

    /// <summary>Starts and ends a paragraph (p, div, li, td, h2 …).</summary>
    Block,

    /// <summary>A line break inside a paragraph.</summary>
    Break,

    /// <summary>Never text: scripts, styles, forms' widgets, embedded media; skipped with everything inside.</summary>
    Skip,
}
