using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Testing;

/// <summary>A small JSON Schema checker for the keywords our contract uses (type, required, properties, items, enum, pattern, minimum).</summary>
/// <remarks>No JSON Schema package is served here, so tests validate with this; it rejects keywords it does not know.</remarks>
public sealed class JsonSchemaValidator(JsonElement schema)
{
    private static readonly HashSet<string> Known =
        ["$schema", "$id", "title", "description", "type", "required", "properties", "items", "enum", "pattern", "minimum"];

    public static JsonSchemaValidator Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement s, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in s.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                errors.Add($"{path}: schema keyword '{keyword.Name}' is not supported by this validator");
            }
        }

        if (s.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type}, got {value.ValueKind}");
            return;
        }

        if (s.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.ToString() == value.ToString()))
        {
            errors.Add($"{path}: '{value}' is not one of {values}");
        }

        if (s.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String
            && !Regex.IsMatch(value.GetString()!, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: '{value}' does not match {pattern}");
        }

        if (s.TryGetProperty("minimum", out var minimum) && value.ValueKind == JsonValueKind.Number && value.GetDouble() < minimum.GetDouble())
        {
            errors.Add($"{path}: {value} is below {minimum}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (s.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray())
                {
                    if (!value.TryGetProperty(name.GetString()!, out _))
                    {
                        errors.Add($"{path}: missing required '{name.GetString()}'");
                    }
                }
            }

            if (s.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child))
                    {
                        Check(property.Value, child, $"{path}.{property.Name}", errors);
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && s.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var child in value.EnumerateArray())
            {
                Check(items, child, $"{path}[{i++}]", errors);
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => TypeMatches(t, value));
        }

        return type.GetString() switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "number" => value.ValueKind == JsonValueKind.Number,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            "array" => value.ValueKind == JsonValueKind.Array,
            "object" => value.ValueKind == JsonValueKind.Object,
            _ => false,
        };
    }
}
