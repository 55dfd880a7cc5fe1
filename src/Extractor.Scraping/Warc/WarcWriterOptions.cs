namespace Extractor.Scraping.Warc;

/// <summary>How a <see cref="WarcWriter"/> names, compresses and rotates its files.</summary>
public sealed record WarcWriterOptions
{
    /// <summary>The folder the .warc.gz files go to (created when missing).</summary>
    public required string Folder { get; init; }

    /// <summary>The start of every file name ("EXTRACTOR-20250105123000123-00001.warc.gz").</summary>
    public string Prefix { get; init; } = "EXTRACTOR";

    /// <summary>A file that has reached this size is closed and the next record starts a new one.</summary>
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>Gzip each record as its own member (the usual .warc.gz); false writes plain .warc.</summary>
    public bool Compress { get; init; } = true;

    /// <summary>The fields of the warcinfo record that opens each file (software, operator, robots policy, user agent …).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Info { get; init; } = [];
}
