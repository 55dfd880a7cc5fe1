using Extractor.Jobs.Inputs;
using Extractor.Output;

namespace Extractor.Jobs.Extract;

/// <summary>What <c>extractor extract</c> was asked to do.</summary>
public sealed record ExtractOptions
{
    public required IReadOnlyList<string> Paths { get; init; }

    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Output file; null writes to the given writer (stdout).</summary>
    public string? OutputPath { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public ExtractorSet Extractors { get; init; } = ExtractorSet.RulesAndMl;

    /// <summary>Longest time one document may take before it is given up with an error record.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Article text longer than this (in UTF-16 code units) is cut here, with an error entry; no real article comes near it.</summary>
    public int MaxTextLength { get; init; } = 1 << 20;

    /// <summary>More destinations for every record (a SQLite store …), written in input order besides the JSON Lines output.</summary>
    /// <remarks>The job flushes them at the end but does not dispose them: whoever made them owns them.</remarks>
    public IReadOnlyList<IRecordSink> ExtraSinks { get; init; } = [];
}
