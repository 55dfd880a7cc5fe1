namespace Extractor.Scraping.Warc;

/// <summary>One record of a WARC archive (ISO 28500): its named fields, its content block and where it starts in the file.</summary>
/// <remarks>Immutable. <see cref="Offset"/> is the byte offset of the record (of its gzip member, in a .warc.gz) in the file.</remarks>
public sealed record WarcRecord
{
    /// <summary>The version line ("WARC/1.1", "WARC/1.0").</summary>
    public required string Version { get; init; }

    /// <summary>The named fields in file order; names compare case-insensitively.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; }

    /// <summary>The content block (for a response record: the whole HTTP response, headers and body).</summary>
    public required byte[] Block { get; init; }

    public long Offset { get; init; }

    /// <summary>True when the block was longer than the reader's limit and was cut.</summary>
    public bool Truncated { get; init; }

    public string? Type => Field("WARC-Type");

    public string? TargetUri => Field("WARC-Target-URI")?.Trim('<', '>');

    public string? RecordId => Field("WARC-Record-ID");

    public string? ContentType => Field("Content-Type");

    /// <summary>The first field of that name, or null.</summary>
    public string? Field(string name)
    {
        foreach (var (key, value) in Fields)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
