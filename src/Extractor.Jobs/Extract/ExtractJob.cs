using System.Diagnostics;
using System.Threading.Channels;
using Extractor.Documents;
using Extractor.Jobs.Inputs;
using Extractor.Output;
using Extractor.Pipeline;

namespace Extractor.Jobs.Extract;

/// <summary>Reads inputs, runs the pipeline on many cores, and writes records in input order.</summary>
/// <remarks>
/// Work is started in input order on at most <see cref="ExtractOptions.Jobs"/> workers and collected in the same
/// order through a bounded channel, so output is reproducible and memory stays bounded whatever the input size.
/// </remarks>
public sealed class ExtractJob(ExtractOptions options, ArticlePipeline? pipeline = null)
{
    private readonly ArticlePipeline _pipeline = pipeline ?? PipelineFactory.Create(options.Extractors);

    /// <summary>Raised for every record written, for progress displays.</summary>
    public event Action<ArticleRecord>? RecordWritten;

    /// <exception cref="InputNotFoundException">A path does not exist.</exception>
    public async Task<ExtractSummary> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var enumerator = new InputEnumerator();
        var inputs = enumerator.Enumerate(options.Paths);
        var reader = new ArticleReader(options.Format);
        var jobs = Math.Max(1, options.Jobs);
        var pending = Channel.CreateBounded<Task<IReadOnlyList<ArticleRecord>>>(jobs * 4);
        using var gate = new SemaphoreSlim(jobs);

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var input in inputs)
                    {
                        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                        var work = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return Process(reader, input, cancellationToken);
                                }
                                finally
                                {
                                    gate.Release();
                                }
                            },
                            CancellationToken.None);
                        await pending.Writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    pending.Writer.Complete();
                }
            },
            CancellationToken.None);

        int records = 0, withErrors = 0;
        await foreach (var work in pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            foreach (var record in await work.ConfigureAwait(false))
            {
                await output.WriteLineAsync(JsonLines.Serialize(record)).ConfigureAwait(false);
                records++;
                if (record.Errors.Count > 0)
                {
                    withErrors++;
                }

                RecordWritten?.Invoke(record);
            }
        }

        await producer.ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExtractSummary(inputs.Count, records, withErrors, enumerator.Skipped, watch.Elapsed);
    }

    private IReadOnlyList<ArticleRecord> Process(ArticleReader reader, InputFile input, CancellationToken cancellationToken)
    {
        var results = new List<ArticleRecord>();
        try
        {
            foreach (var document in reader.Read(input))
            {
                results.Add(ProcessDocument(document, cancellationToken));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            results.Add(ArticleRecordMapper.Failed(input.DisplayPath, $"{input.DisplayPath}: {ex.GetType().Name}: {ex.Message}"));
        }

        return results;
    }

    /// <summary>Runs the pipeline on one document under the per-document time limit.</summary>
    public ArticleRecord ProcessDocument(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        if (document.Text.Length == 0 && document.Source.Errors.Count > 0)
        {
            return ArticleRecordMapper.ToRecord(document);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DocumentTimeout);
        try
        {
            return ArticleRecordMapper.ToRecord(_pipeline.Process(document, timeout.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ArticleRecordMapper.ToRecord(document.WithError(
                $"{document.Source.SourceFile}: gave up after {options.DocumentTimeout.TotalSeconds:0} s"));
        }
    }
}
