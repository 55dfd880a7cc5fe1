using Extractor.Jobs.Run;

namespace Extractor.Cli.Commands;

/// <summary>Progress as a log line every few seconds, for runs whose stderr is not a terminal.</summary>
internal sealed class LogLineProgress(TextWriter writer, TimeSpan? every = null) : IProgress<RunProgress>
{
    private readonly TimeSpan _every = every ?? TimeSpan.FromSeconds(10);
    private TimeSpan _last = TimeSpan.Zero;

    public void Report(RunProgress value)
    {
        if (value.Elapsed - _last < _every)
        {
            return;
        }

        _last = value.Elapsed;
        var total = value.Total is { } t ? $" / {t:N0}" : "";
        var eta = value.Remaining is { } r ? $", ETA {r:hh\\:mm\\:ss}" : "";
        writer.WriteLine($"[INF] run: {value.Done:N0}{total} items, {value.Errors:N0} with errors, {value.Rate:0.0}/s{eta}");
    }
}
