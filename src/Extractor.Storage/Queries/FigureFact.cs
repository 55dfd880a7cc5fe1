namespace Extractor.Storage.Queries;

/// <summary>A stored figure with its evidence and where it comes from.</summary>
/// <param name="Text">The evidence as written ("hơn 1.600 đảng viên").</param>
/// <param name="Date">The publication date of the article that states it, when known.</param>
/// <param name="Context">The sentence around the figure, so a reader sees what it counts.</param>
public sealed record FigureFact(
    long Id,
    long ArticleId,
    string Text,
    decimal Value,
    decimal? Of,
    string? Unit,
    string? Qualifier,
    string Kind,
    DateOnly? Date,
    string? Province,
    string Source,
    string? ArticleTitle,
    string Context,
    int Start,
    int End);
