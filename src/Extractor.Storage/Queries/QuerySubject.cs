namespace Extractor.Storage.Queries;

/// <summary>What <c>extractor query</c> looks for.</summary>
public enum QuerySubject
{
    People,
    Figures,
    Events,
    Articles,
}
