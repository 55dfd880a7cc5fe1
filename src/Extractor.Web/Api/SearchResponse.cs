using Extractor.Storage.Queries;

namespace Extractor.Web.Api;

/// <summary>The body of <c>GET /api/search</c>: {"people":[{"id","name","titles",…}],"figures":[…],"events":[…],"articles":[…]}.</summary>
internal sealed record SearchResponse(
    IReadOnlyList<PersonSummary> People,
    IReadOnlyList<FigureFact> Figures,
    IReadOnlyList<EventFact> Events,
    IReadOnlyList<ArticleSummary> Articles);
