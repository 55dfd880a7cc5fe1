using Extractor.Output;

namespace Extractor.Jobs.Extract;

/// <summary>Writes each record to every sink; a sink that throws is reported and, if it keeps failing, switched off, while the others go on.</summary>
/// <remarks>One record a store cannot take must not cost the rest of the run, so a sink is switched off only after
/// <see cref="MaxConsecutiveFailures"/> failures in a row or a failed flush.</remarks>
internal sealed class SafeSinks(IReadOnlyList<IRecordSink> sinks)
{
    public const int MaxConsecutiveFailures = 20;

    private const int MaxMessages = 20;

    private readonly List<IRecordSink> _live = [.. sinks];
    private readonly Dictionary<IRecordSink, int> _failuresInARow = [];
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public async ValueTask WriteAsync(ArticleRecord record, CancellationToken cancellationToken)
    {
        for (var i = _live.Count - 1; i >= 0; i--)
        {
            var sink = _live[i];
            try
            {
                await sink.WriteAsync(record, cancellationToken).ConfigureAwait(false);
                _failuresInARow[sink] = 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var inARow = _failuresInARow[sink] = _failuresInARow.GetValueOrDefault(sink) + 1;
                Report($"sink {sink.Name}: could not write {record.SourceFile}: {ex.GetType().Name}: {ex.Message}");
                if (inARow >= MaxConsecutiveFailures)
                {
                    Report($"sink {sink.Name}: switched off after {inARow} failures in a row", always: true);
                    _live.RemoveAt(i);
                }
            }
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        for (var i = _live.Count - 1; i >= 0; i--)
        {
            try
            {
                await _live[i].FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Report($"sink {_live[i].Name}: flush failed, switched off: {ex.GetType().Name}: {ex.Message}", always: true);
                _live.RemoveAt(i);
            }
        }
    }

    private void Report(string message, bool always = false)
    {
        if (always || _failures.Count < MaxMessages)
        {
            _failures.Add(message);
        }
    }
}
