using Extractor.Documents;
using Extractor.Facts;

namespace Extractor.Extraction.Structure;

/// <summary>One line of a captured page (trimmed), what it is, and the dateline or byline names it carries.</summary>
internal sealed record PageLine(TextSpan Span, string Text, PageLineKind Kind)
{
    public Dateline? Dateline { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];
}
