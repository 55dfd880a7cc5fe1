namespace Extractor.Storage.Queries;

/// <summary>How much a store holds.</summary>
public sealed record StoreStatistics(int Articles, int Sources, int People, int Figures, int Events);
