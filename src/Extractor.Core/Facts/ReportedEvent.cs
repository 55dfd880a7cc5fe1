using System.Collections.Immutable;
using Extractor.Documents;
using NodaTime;

namespace Extractor.Facts;

/// <summary>A meeting, conference, congress, ceremony or visit that the article reports as having taken place.</summary>
/// <param name="Kind">The head noun, lowercase ("hội nghị", "lễ", "kỳ họp").</param>
/// <param name="Name">The event's name as written.</param>
/// <param name="Date">The date resolved against the publication date, or null when the text does not give it.</param>
/// <param name="Organizer">Who held it, as written, or null.</param>
/// <param name="Participants">People or bodies that chaired or attended it, as written.</param>
public sealed record ReportedEvent(
    string Kind,
    string Name,
    LocalDate? Date,
    string? Organizer,
    ImmutableArray<string> Participants,
    TextSpan Span)
{
    /// <summary>The place where it happened, when given.</summary>
    public string? Place { get; init; }

    /// <summary>Who chaired it ("chủ trì"), when given.</summary>
    public string? Chair { get; init; }
}
