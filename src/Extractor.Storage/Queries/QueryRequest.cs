using Extractor.Storage.Export;

namespace Extractor.Storage.Queries;

/// <summary>What <c>extractor query people|figures|events|articles TEXT</c> was asked to do.</summary>
public sealed record QueryRequest
{
    public required QuerySubject Subject { get; init; }

    /// <summary>Words to match, diacritic-free and case-free; empty lists everything (up to <see cref="Limit"/>).</summary>
    public string? Text { get; init; }

    public required string DatabasePath { get; init; }

    public DateRange Range { get; init; }

    public ExportFormat Format { get; init; } = ExportFormat.Table;

    public int Limit { get; init; } = 100;
}
