namespace Extractor.Pipeline;

/// <summary>A kind of annotation a stage reads or writes; the pipeline builder checks that every layer a stage requires is produced earlier.</summary>
public enum ArticleLayer
{
    /// <summary>Normalized text with its raw offset map.</summary>
    NormalizedText,
    Title,
    Dateline,
    Authors,
    Furniture,
    Officials,
    Figures,
    Events,
    Places,
}
