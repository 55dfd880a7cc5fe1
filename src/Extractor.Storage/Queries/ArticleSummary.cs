namespace Extractor.Storage.Queries;

/// <summary>An article in a result list: enough to show and link it.</summary>
/// <param name="Published">The publication time as the record gives it (ISO 8601), or null.</param>
/// <param name="Source">Where it was read from: the URL when known, else the source file.</param>
public sealed record ArticleSummary(long Id, string? Title, string? Published, string? Province, string Source);
