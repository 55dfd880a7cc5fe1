using System.Collections.Immutable;

namespace Extractor.Extraction.Officials;

/// <summary>Titles written one after another ("Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy"): each is a separate office.</summary>
internal sealed record TitleChain(ImmutableArray<WordRange> Titles)
{
    public int Start => Titles[0].Start;

    public int End => Titles[^1].End;
}
