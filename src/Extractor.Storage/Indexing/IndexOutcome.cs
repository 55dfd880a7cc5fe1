namespace Extractor.Storage.Indexing;

/// <summary>What indexing one record did to the store.</summary>
public enum IndexOutcome
{
    /// <summary>A new article (or a new source of a known article) was stored.</summary>
    Added,

    /// <summary>The source was known and its record changed; the article's facts were replaced.</summary>
    Updated,

    /// <summary>The same record was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>The record has no text (an unreadable input); nothing was stored.</summary>
    Skipped,
}
