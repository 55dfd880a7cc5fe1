namespace Extractor.Jobs.Run;

/// <summary>The figures of one <c>extractor bench</c> run; rates are per second, "per core" divides by the workers used.</summary>
public sealed record BenchReport
{
    public required int Jobs { get; init; }

    public required int Cores { get; init; }

    /// <summary>Processor, OS and runtime, for the README table.</summary>
    public required string Machine { get; init; }

    public BenchMeasurement? ParseOnly { get; init; }

    public BenchMeasurement? Html { get; init; }

    public BenchMeasurement? Text { get; init; }

    /// <summary>Time per step on one thread over a sample of the pages: where the pipeline's time goes.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    /// <summary>Highest resident set size seen while the pipeline ran, in bytes.</summary>
    public long PeakPipelineBytes { get; init; }

    /// <summary>The process's own high-water mark (archive generation and parse-only included), in bytes.</summary>
    public long PeakProcessBytes { get; init; }

    /// <summary>The HTML pipeline's rate as a share of the parse-only rate (target ≥ 0.5).</summary>
    public double? ShareOfParseOnly => ParseOnly is { PagesPerSecond: > 0 } parse && Html is { } html ? html.PagesPerSecond / parse.PagesPerSecond : null;

    /// <summary>The same share measured in processor time, robust to other load on the machine.</summary>
    public double? CpuShareOfParseOnly => ParseOnly is { PagesPerCpuSecond: > 0 } parse && Html is { PagesPerCpuSecond: > 0 } html
        ? html.PagesPerCpuSecond / parse.PagesPerCpuSecond
        : null;
}
