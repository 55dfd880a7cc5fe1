namespace Extractor.Storage.Export;

/// <summary>How query results are written: a readable table for a terminal, JSON or CSV for pipes.</summary>
public enum ExportFormat
{
    Table,
    Json,
    Csv,
}
