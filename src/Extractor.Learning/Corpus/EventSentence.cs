using Extractor.Documents;

namespace Extractor.Learning.Corpus;

/// <summary>A sentence about an event, annotated as reported or planned.</summary>
public sealed record EventSentence(EventTense Tense, TextSpan Span);
