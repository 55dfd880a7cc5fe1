namespace Extractor.Storage.Queries;

/// <summary>An article with its text, authors and the evidence spans of every stored fact (ordered by start).</summary>
public sealed record ArticleView(
    ArticleSummary Article,
    IReadOnlyList<string> Authors,
    string Text,
    IReadOnlyList<EvidenceSpan> Evidence,
    IReadOnlyList<PersonSummary> People,
    IReadOnlyList<string> Sources);
