namespace Extractor.Html.Content;

/// <summary>What an element's class and id names say it holds.</summary>
[Flags]
internal enum HintKind
{
    None = 0,
    Content = 1,
    Junk = 2,
    Date = 4,
    Author = 8,
    Caption = 16,
    StrongJunk = 32,

    /// <summary>A lead, intro or standfirst printed apart from the body (under the headline).</summary>
    Lead = 64,
}
