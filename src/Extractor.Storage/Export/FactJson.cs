using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Storage.Export;

/// <summary>The JSON form of query results (snake_case names, Vietnamese left readable), shared by the CLI and the web API.</summary>
public static class FactJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
