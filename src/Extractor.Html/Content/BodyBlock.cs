namespace Extractor.Html.Content;

/// <summary>One paragraph of an article body as the content extractor emitted it, with the page tree node it came from.</summary>
internal sealed record BodyBlock(string Text, int Node, bool IsCaption, bool IsHeading);
