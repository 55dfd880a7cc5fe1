using System.Text.Json;
using System.Text.Json.Serialization;
using Extractor.Output;

namespace Extractor.Evaluation;

/// <summary>A hand-annotated article in the format of the shared corpus (<c>NNN.gold.json</c> beside <c>NNN.txt</c>).</summary>
public sealed record GoldArticle
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("authors")] public IReadOnlyList<string> Authors { get; init; } = [];
    [JsonPropertyName("officials")] public IReadOnlyList<OfficialRecord> Officials { get; init; } = [];
    [JsonPropertyName("figures")] public IReadOnlyList<GoldFigure> Figures { get; init; } = [];
    [JsonPropertyName("events")] public IReadOnlyList<GoldEvent> Events { get; init; } = [];

    /// <summary>The file stem this annotation belongs to.</summary>
    [JsonIgnore] public string Stem { get; init; } = "";

    /// <summary>The article text file beside the gold file, when present.</summary>
    [JsonIgnore] public string? TextPath { get; init; }

    /// <summary>Loads every <c>*.gold.json</c> under a folder, recursively, in ordinal path order.</summary>
    public static IReadOnlyList<GoldArticle> LoadDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.gold.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        return files.Select(Load).ToList();
    }

    public static GoldArticle Load(string path)
    {
        var json = File.ReadAllText(path);
        var gold = JsonSerializer.Deserialize<GoldArticle>(json)
            ?? throw new InvalidDataException($"{path}: empty gold file");
        var stem = StemOf(path);
        var text = Path.Combine(Path.GetDirectoryName(path) ?? ".", stem + ".txt");
        return gold with { Stem = stem, TextPath = File.Exists(text) ? text : null };
    }

    /// <summary>"dev/d001.txt" and "dev/d001.gold.json" both give "d001".</summary>
    public static string StemOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase))
        {
            return name[..^".gold.json".Length];
        }

        foreach (var ext in new[] { ".warc.gz", ".txt", ".html", ".htm", ".warc", ".json" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^ext.Length];
            }
        }

        return Path.GetFileNameWithoutExtension(name);
    }
}

/// <summary>A gold figure.</summary>
public sealed record GoldFigure
{
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("value")] public decimal Value { get; init; }
    [JsonPropertyName("of")] public decimal? Of { get; init; }
    [JsonPropertyName("unit")] public string? Unit { get; init; }
    [JsonPropertyName("qualifier")] public string? Qualifier { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
}

/// <summary>A gold event.</summary>
public sealed record GoldEvent
{
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("organizer")] public string? Organizer { get; init; }
}
