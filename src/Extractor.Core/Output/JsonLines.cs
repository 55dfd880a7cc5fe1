using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Output;

/// <summary>The one JSON configuration for records: compact, UTF-8 Vietnamese left readable, nulls written.</summary>
public static class JsonLines
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    public static string Serialize(ArticleRecord record) => JsonSerializer.Serialize(record, Options);

    public static ArticleRecord? Deserialize(string line) => JsonSerializer.Deserialize<ArticleRecord>(line, Options);

    /// <summary>Reads every record of a JSON Lines file, skipping blank lines.</summary>
    public static IEnumerable<ArticleRecord> ReadFile(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = Deserialize(line);
            if (record is not null)
            {
                yield return record;
            }
        }
    }
}
