using System.Diagnostics;
using Extractor.Documents;
using Extractor.Jobs.Inputs;
using Extractor.Output;
using Extractor.Pipeline;

namespace Extractor.Jobs.Extract;

/// <summary>Reads inputs, runs the pipeline on many cores, and writes records in input order.</summary>
/// <remarks>
/// Work runs on at most <see cref="ExtractOptions.Jobs"/> worker threads and is collected in input order through
/// bounded channels, so output is reproducible and memory stays bounded whatever the input size. Each document
/// has a time limit; one that overruns it becomes an error record and the run goes on.
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
        var sinks = new SafeSinks(options.ExtraSinks);
        int records = 0, withErrors = 0;
        await foreach (var outcome in Process(inputs, cancellationToken).ConfigureAwait(false))
        {
            foreach (var record in outcome.Records)
            {
                await output.WriteLineAsync(JsonLines.Serialize(record)).ConfigureAwait(false);
                await sinks.WriteAsync(record, CancellationToken.None).ConfigureAwait(false);
                records++;
                if (record.Errors.Count > 0)
                {
                    withErrors++;
                }

                RecordWritten?.Invoke(record);
            }
        }

        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await sinks.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new ExtractSummary(inputs.Count, records, withErrors, enumerator.Skipped, watch.Elapsed) { SinkErrors = sinks.Failures };
    }

    /// <summary>Processes the inputs in parallel and yields each one's records in input order, skipping the first <paramref name="skip"/> work items.</summary>
    /// <remarks>A work item is a file, a WARC record or a JSON Lines line; the sequence is deterministic, so a resumed run can skip what it already wrote.</remarks>
    internal IAsyncEnumerable<WorkOutcome> Process(IEnumerable<InputFile> inputs, CancellationToken cancellationToken, long skip = 0)
    {
        var planner = new WorkPlanner(new ArticleReader(options.Format), ProcessDocument);
        var items = planner.Plan(inputs);
        if (skip > 0)
        {
            items = items.Skip((int)Math.Min(skip, int.MaxValue));
        }

        var processor = new OrderedProcessor(options.Jobs, options.DocumentTimeout);
        return processor.RunAsync(items, cancellationToken);
    }

    /// <summary>Runs the pipeline on one document under the per-document time limit, cutting text past <see cref="ExtractOptions.MaxTextLength"/>.</summary>
    /// <remarks>Never throws for bad input: a failure becomes an entry in the record's <c>errors</c>.</remarks>
    public ArticleRecord ProcessDocument(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            return ArticleRecordMapper.ToRecord(document.Source.Errors.Count > 0 || document.Errors.Length > 0
                ? document
                : document.WithError(NoText(document)));
        }

        if (document.Text.Length > options.MaxTextLength)
        {
            var cut = options.MaxTextLength;
            if (char.IsHighSurrogate(document.Text[cut - 1]))
            {
                cut--;
            }

            document = document.WithError(
                $"{document.Source.SourceFile}: text cut to its first {cut:N0} characters (of {document.Text.Length:N0})") with
            { Text = document.Text[..cut] };
        }

        if (ReplaceLoneSurrogates(document.Text) is { } repaired)
        {
            // Not text (a JSON "\ud800" escape can carry one); Unicode normalization would throw on it.
            document = document.WithError($"{document.Source.SourceFile}: lone UTF-16 surrogates replaced with U+FFFD") with { Text = repaired };
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DocumentTimeout);
        try
        {
            var done = _pipeline.Process(document, timeout.Token);

            // A record carries a result or says why it has none.
            return ArticleRecordMapper.ToRecord(string.IsNullOrWhiteSpace(done.Text) && done.Errors.IsDefaultOrEmpty && done.Source.Errors.Count == 0
                ? done.WithError(NoText(done))
                : done);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ArticleRecordMapper.ToRecord(document.WithError(
                $"{document.Source.SourceFile}: gave up after {options.DocumentTimeout.TotalSeconds:0.#} s (per-document time limit)"));
        }
    }

    /// <summary>The text with each unpaired surrogate replaced by U+FFFD (same length, so offsets hold), or null when there is none.</summary>
    private static string? ReplaceLoneSurrogates(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            chars ??= text.ToCharArray();
            chars[i] = '\uFFFD';
        }

        return chars is null ? null : new string(chars);
    }

    private static string NoText(ArticleDocument document) => $"{document.Source.SourceFile}: no article text found";
}
