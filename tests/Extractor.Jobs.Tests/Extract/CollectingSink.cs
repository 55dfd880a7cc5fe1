using Extractor.Jobs.Run;
using Extractor.Output;

namespace Extractor.Jobs.Tests.Extract;

/// <summary>A record sink that keeps what it is given, optionally failing after some records, and can rewind.</summary>
internal sealed class CollectingSink(string name) : IResumableSink
{
    public List<ArticleRecord> Records { get; } = [];

    public int? FailAfter { get; init; }

    public string Name => name;

    public ValueTask WriteAsync(ArticleRecord record, CancellationToken cancellationToken = default)
    {
        if (FailAfter is { } limit && Records.Count >= limit)
        {
            throw new IOException("disk full");
        }

        Records.Add(record);
        return ValueTask.CompletedTask;
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask RewindAsync(long records, CancellationToken cancellationToken = default)
    {
        Records.RemoveRange((int)records, Records.Count - (int)records);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
