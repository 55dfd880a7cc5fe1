using System.Text.Json;

namespace Extractor.Jobs.Run;

/// <summary>How far a run has durably got: work items done, bytes of <c>articles.jsonl</c> that hold them, and the running counts.</summary>
/// <remarks>
/// Saved atomically (write a temporary file, then rename) after the output it describes has been flushed, so after
/// a crash the checkpoint never claims more than is on disk. A restart truncates the JSON Lines file to
/// <see cref="Bytes"/> and skips <see cref="Items"/> work items.
/// </remarks>
internal sealed record RunCheckpoint
{
    public int Version { get; init; } = 1;

    /// <summary>Hash of the sources and options: a checkpoint only resumes the same run.</summary>
    public required string Signature { get; init; }

    public long Items { get; init; }

    public long Bytes { get; init; }

    public long Articles { get; init; }

    public long Officials { get; init; }

    public long Figures { get; init; }

    public long Events { get; init; }

    public long Errors { get; init; }

    public int TimedOut { get; init; }

    public bool Complete { get; init; }

    public static RunCheckpoint? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunCheckpoint>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
