namespace Extractor.Storage.Queries;

/// <summary>A span of an article's text that is the evidence of a fact, for highlighting.</summary>
/// <param name="Kind">"official", "title", "figure" or "event".</param>
/// <param name="Label">What the span is evidence of ("Phạm Minh Chính", "126 đảng viên").</param>
/// <param name="PersonId">The person a name mention belongs to, for links.</param>
public sealed record EvidenceSpan(int Start, int End, string Kind, string Label, long? PersonId = null);
