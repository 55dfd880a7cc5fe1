using System.Text.Json.Serialization;

namespace Extractor.Output;

/// <summary>One line of the JSON Lines output: the contract evaluations and downstream tools read (see schema/article.schema.json).</summary>
/// <remarks>Field names are fixed; new fields may be added, none renamed or removed.</remarks>
public sealed record ArticleRecord
{
    [JsonPropertyName("source_file")] public required string SourceFile { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("authors")] public IReadOnlyList<string> Authors { get; init; } = [];
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("officials")] public IReadOnlyList<OfficialRecord> Officials { get; init; } = [];
    [JsonPropertyName("figures")] public IReadOnlyList<FigureRecord> Figures { get; init; } = [];
    [JsonPropertyName("events")] public IReadOnlyList<EventRecord> Events { get; init; } = [];
    [JsonPropertyName("province")] public string? Province { get; init; }
    [JsonPropertyName("places")] public IReadOnlyList<PlaceRecord> Places { get; init; } = [];
    [JsonPropertyName("errors")] public IReadOnlyList<string> Errors { get; init; } = [];
}

/// <summary>An official in the output contract.</summary>
public sealed record OfficialRecord
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("titles")] public IReadOnlyList<string> Titles { get; init; } = [];
    [JsonPropertyName("mentions")] public IReadOnlyList<SpanRecord> Mentions { get; init; } = [];
}

/// <summary>A character range [start, end) into the record's <c>text</c>.</summary>
public sealed record SpanRecord([property: JsonPropertyName("start")] int Start, [property: JsonPropertyName("end")] int End);

/// <summary>A figure in the output contract.</summary>
public sealed record FigureRecord
{
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("value")] public decimal Value { get; init; }
    [JsonPropertyName("of")] public decimal? Of { get; init; }
    [JsonPropertyName("unit")] public string? Unit { get; init; }
    [JsonPropertyName("qualifier")] public string? Qualifier { get; init; }
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("end")] public int End { get; init; }
}

/// <summary>An event in the output contract.</summary>
public sealed record EventRecord
{
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("organizer")] public string? Organizer { get; init; }
    [JsonPropertyName("participants")] public IReadOnlyList<string> Participants { get; init; } = [];
    [JsonPropertyName("place")] public string? Place { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("end")] public int End { get; init; }
}

/// <summary>A named place in the output contract.</summary>
public sealed record PlaceRecord
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("level")] public required string Level { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("end")] public int End { get; init; }
}
