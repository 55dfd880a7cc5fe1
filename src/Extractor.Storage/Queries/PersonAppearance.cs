namespace Extractor.Storage.Queries;

/// <summary>One article in which a person appears, with the titles that article gives them.</summary>
public sealed record PersonAppearance(ArticleSummary Article, string NameAsWritten, IReadOnlyList<string> Titles);
