using System.Globalization;
using System.Text.Json;
using Extractor.Output;
using Extractor.Testing;

namespace Extractor.Jobs.Tests;

/// <summary>What every output record must satisfy whatever the input: schema-valid, spans inside the text, dates real.</summary>
internal static class RecordInvariants
{
    private static readonly Lazy<JsonSchemaValidator> Schema = new(() => JsonSchemaValidator.Load(RepositoryPaths.Schema));

    public static IReadOnlyList<string> Violations(ArticleRecord record)
    {
        var problems = new List<string>();
        var length = record.Text.Length;
        void Span(string what, int start, int end)
        {
            if (start < 0 || start > end || end > length)
            {
                problems.Add($"{what} span [{start}, {end}) outside text of {length}");
            }
        }

        foreach (var official in record.Officials)
        {
            foreach (var mention in official.Mentions)
            {
                Span("official " + official.Name, mention.Start, mention.End);
            }
        }

        foreach (var figure in record.Figures)
        {
            Span("figure " + figure.Text, figure.Start, figure.End);
        }

        foreach (var e in record.Events)
        {
            Span("event " + e.Name, e.Start, e.End);
            if (e.Date is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"event date '{date}' is not a date");
            }
        }

        foreach (var place in record.Places)
        {
            Span("place " + place.Name, place.Start, place.End);
        }

        if (record.Published is { } published
            && !DateOnly.TryParseExact(published[..Math.Min(10, published.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"published '{published}' is not a date");
        }

        using var json = JsonDocument.Parse(JsonLines.Serialize(record));
        problems.AddRange(Schema.Value.Validate(json.RootElement));
        return problems;
    }

    /// <summary>Figures whose value is undefined: a ratio of a zero whole ("12/0") has no finite share.</summary>
    public static IReadOnlyList<string> UndefinedFigures(ArticleRecord record) =>
        [.. record.Figures.Where(f => f.Of == 0).Select(f => $"figure '{f.Text}' is a ratio of zero")];
}
