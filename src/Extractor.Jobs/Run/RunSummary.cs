namespace Extractor.Jobs.Run;

/// <summary>What a run produced, counted over the whole output (earlier sessions of a resumed run included).</summary>
/// <param name="Items">Work items done: files, WARC records, JSON Lines records.</param>
/// <param name="Interrupted">True when the run was stopped (Ctrl-C) after a checkpoint; running it again finishes it.</param>
/// <param name="ResumedFrom">Work items an earlier, interrupted session had already done (0 for a fresh run).</param>
public sealed record RunSummary(
    long Items,
    long Articles,
    long Officials,
    long Figures,
    long Events,
    long Errors,
    TimeSpan Elapsed,
    bool Interrupted,
    long ResumedFrom)
{
    /// <summary>Where the records went.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Inputs skipped as not articles (by extension) while walking folders.</summary>
    public int Skipped { get; init; }

    /// <summary>Documents the watchdog gave up on (each has an error record).</summary>
    public int TimedOut { get; init; }

    /// <summary>Sinks that failed and were switched off, with the reason.</summary>
    public IReadOnlyList<string> SinkErrors { get; init; } = [];

    /// <summary>True when the folder already held a finished run of the same sources, so nothing was redone.</summary>
    public bool AlreadyComplete { get; init; }
}
