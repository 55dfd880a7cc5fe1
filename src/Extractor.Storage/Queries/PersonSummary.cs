namespace Extractor.Storage.Queries;

/// <summary>One person across the store: the name, every title seen, when they were first and last seen, in how many articles.</summary>
/// <param name="Titles">Distinct titles in the order they were first seen.</param>
/// <param name="FirstSeen">The earliest publication date of an article showing them, when any is dated.</param>
public sealed record PersonSummary(
    long Id,
    string Name,
    IReadOnlyList<string> Titles,
    string? Province,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    int ArticleCount);
