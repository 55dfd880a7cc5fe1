namespace Extractor.Learning.Classification;

/// <summary>How the sentence classifier is trained: passes over the data and the shuffling seed.</summary>
public sealed record ClassifierTrainingOptions
{
    public int Epochs { get; init; } = 10;

    public ulong Seed { get; init; } = 20250705;
}
