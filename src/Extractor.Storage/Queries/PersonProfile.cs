namespace Extractor.Storage.Queries;

/// <summary>A person's page: the summary, the timeline of offices, and every article that shows them (newest first).</summary>
public sealed record PersonProfile(PersonSummary Person, IReadOnlyList<TitleHolding> Timeline, IReadOnlyList<PersonAppearance> Appearances);
