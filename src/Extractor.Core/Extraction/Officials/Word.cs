using Extractor.Documents;

namespace Extractor.Extraction.Officials;

/// <summary>One word of an article (a syllable, an abbreviation such as "UBND" or "Đ/c", or a number) with its key and shape.</summary>
internal sealed record Word(int Start, int End, string Text, string Key, WordShape Shape)
{
    public TextSpan Span => new(Start, End);

    public bool IsCapitalized => Shape is WordShape.Capitalized or WordShape.AllCaps;
}
