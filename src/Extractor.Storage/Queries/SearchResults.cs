namespace Extractor.Storage.Queries;

/// <summary>What one search box finds, grouped as people, figures, events and articles.</summary>
public sealed record SearchResults(
    IReadOnlyList<PersonSummary> People,
    IReadOnlyList<FigureFact> Figures,
    IReadOnlyList<EventFact> Events,
    IReadOnlyList<ArticleSummary> Articles);
