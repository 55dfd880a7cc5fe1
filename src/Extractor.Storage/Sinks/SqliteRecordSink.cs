using Extractor.Output;
using Extractor.Storage.Indexing;

namespace Extractor.Storage.Sinks;

/// <summary>A record sink that indexes every record into a facts store (<c>extractor extract --db</c>).</summary>
/// <remarks>Commits every <c>batchSize</c> records and on flush; a record that cannot be stored throws, after the store has undone just that record.</remarks>
public sealed class SqliteRecordSink : IRecordSink
{
    private readonly FactStore _store;
    private readonly int _batchSize;
    private int _sinceCommit;

    public SqliteRecordSink(string path, int batchSize = 200)
    {
        _store = FactStore.Open(path);
        _batchSize = Math.Max(1, batchSize);
    }

    public string Name => "sqlite";

    /// <summary>What indexing has done so far.</summary>
    public IndexSummary Summary { get; private set; } = new(0, 0, 0, 0);

    public ValueTask WriteAsync(ArticleRecord record, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Summary = Summary.With(_store.Index(record));
        if (++_sinceCommit >= _batchSize)
        {
            _store.Commit();
            _sinceCommit = 0;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        _store.Commit();
        _sinceCommit = 0;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        return ValueTask.CompletedTask;
    }
}
