using Extractor.Jobs.Inputs;

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
}

/// <summary>What an extract run did.</summary>
public sealed record ExtractSummary(int Inputs, int Records, int RecordsWithErrors, int Skipped, TimeSpan Elapsed);
