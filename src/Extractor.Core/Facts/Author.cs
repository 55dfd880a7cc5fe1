using Extractor.Documents;

namespace Extractor.Facts;

/// <summary>A byline name as written ("T.LĨNH", "Tin, ảnh: HẠNH CHÂU" gives "HẠNH CHÂU"); never an official.</summary>
public sealed record Author(string Name, TextSpan Span);
