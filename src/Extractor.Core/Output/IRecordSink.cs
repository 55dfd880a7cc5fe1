namespace Extractor.Output;

/// <summary>A destination for article records (JSON Lines file, SQLite store, …); jobs write every record to each sink.</summary>
/// <remarks>Records arrive in input order from one writer thread. A sink that fails reports it; it must not stop the others.</remarks>
public interface IRecordSink : IAsyncDisposable
{
    /// <summary>A short name for messages ("jsonl", "sqlite").</summary>
    string Name { get; }

    ValueTask WriteAsync(ArticleRecord record, CancellationToken cancellationToken = default);

    /// <summary>Makes everything written so far durable (a checkpoint).</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken = default);
}
