using Extractor.Documents;

namespace Extractor.Learning.Tagging;

/// <summary>A span of article text the tagger (or an annotator) labelled with an <see cref="EntityKind"/>.</summary>
public sealed record EntityMention(EntityKind Kind, TextSpan Span);
