namespace Extractor.Storage.Queries;

/// <summary>A stored event with its date, organiser and the article that reports it.</summary>
/// <param name="Date">The event's own date, or else the article's publication date.</param>
public sealed record EventFact(
    long Id,
    long ArticleId,
    string Kind,
    string Name,
    DateOnly? Date,
    string? Organizer,
    IReadOnlyList<string> Participants,
    string? Place,
    string? Province,
    string Source,
    int Start,
    int End);
