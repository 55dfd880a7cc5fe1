namespace Extractor.Storage.Indexing;

/// <summary>What an index run did, by outcome; <see cref="Failed"/> counts lines or records that could not be stored.</summary>
public sealed record IndexSummary(int Added, int Updated, int Unchanged, int Skipped, int Failed = 0)
{
    public int Total => Added + Updated + Unchanged + Skipped + Failed;

    public IndexSummary With(IndexOutcome outcome) => outcome switch
    {
        IndexOutcome.Added => this with { Added = Added + 1 },
        IndexOutcome.Updated => this with { Updated = Updated + 1 },
        IndexOutcome.Unchanged => this with { Unchanged = Unchanged + 1 },
        _ => this with { Skipped = Skipped + 1 },
    };
}
