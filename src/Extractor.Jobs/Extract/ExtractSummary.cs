namespace Extractor.Jobs.Extract;

/// <summary>What an extract run did.</summary>
public sealed record ExtractSummary(int Inputs, int Records, int RecordsWithErrors, int Skipped, TimeSpan Elapsed)
{
    /// <summary>Extra sinks that failed and were switched off, with the reason; the JSON Lines output went on.</summary>
    public IReadOnlyList<string> SinkErrors { get; init; } = [];
}
