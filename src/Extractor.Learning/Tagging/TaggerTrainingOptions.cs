namespace Extractor.Learning.Tagging;

/// <summary>How the sequence tagger is trained: passes over the data and the shuffling seed.</summary>
public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 12;

    public ulong Seed { get; init; } = 20250705;
}
