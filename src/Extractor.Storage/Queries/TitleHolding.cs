namespace Extractor.Storage.Queries;

/// <summary>One office a person was seen holding: the title and the dated articles that show it.</summary>
/// <param name="From">The earliest publication date of an article that shows the title.</param>
/// <param name="To">The latest such date.</param>
public sealed record TitleHolding(string Title, DateOnly? From, DateOnly? To, int ArticleCount);
