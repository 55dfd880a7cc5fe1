using Extractor.Documents;

namespace Extractor.Facts;

/// <summary>The article's own publication or update stamp as printed ("09:07, 02/07/2020").</summary>
public sealed record Dateline(PublicationTime Value, TextSpan Span);
