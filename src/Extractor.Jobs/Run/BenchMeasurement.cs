namespace Extractor.Jobs.Run;

/// <summary>One timed pass over the generated archive.</summary>
/// <param name="Name">"parse-only", "html → facts" or "text → facts".</param>
/// <param name="Workers">Workers the pass ran on, for the per-core rates.</param>
public sealed record BenchMeasurement(string Name, int Pages, long Bytes, long Words, TimeSpan Elapsed, int Workers)
{
    public double PagesPerSecond => Pages / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double PagesPerSecondPerCore => PagesPerSecond / Math.Max(1, Workers);

    public double WordsPerSecondPerCore => Words / Math.Max(Elapsed.TotalSeconds, 1e-9) / Math.Max(1, Workers);

    public double MegabytesPerSecond => Bytes / 1048576.0 / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Processor time the process used during the pass (all threads), when measured.</summary>
    public TimeSpan CpuTime { get; init; }

    /// <summary>Pages per second of processor time: the per-core rate on a machine shared with other work.</summary>
    public double PagesPerCpuSecond => CpuTime > TimeSpan.Zero ? Pages / CpuTime.TotalSeconds : 0;

    /// <summary>Words per second of processor time.</summary>
    public double WordsPerCpuSecond => CpuTime > TimeSpan.Zero ? Words / CpuTime.TotalSeconds : 0;

    /// <summary>Mean wall time per page on one core, in milliseconds.</summary>
    public double MillisecondsPerPagePerCore => 1000.0 / Math.Max(PagesPerSecondPerCore, 1e-9);
}
