namespace Extractor.Jobs.Run;

/// <summary>A progress report of a run, for a bar or a log line.</summary>
/// <param name="Done">Work items done so far (earlier sessions included).</param>
/// <param name="Total">Work items in all, when known before the end (archives are not counted ahead).</param>
/// <param name="Rate">Items per second in this session.</param>
public sealed record RunProgress(long Done, long? Total, long Errors, double Rate, TimeSpan Elapsed)
{
    /// <summary>Estimated time left, when the total is known and work has started.</summary>
    public TimeSpan? Remaining => Total is { } total && Rate > 0 && total >= Done
        ? TimeSpan.FromSeconds((total - Done) / Rate)
        : null;
}
