using System.Globalization;
using Extractor.Storage.Queries;

namespace Extractor.Storage.Export;

/// <summary>Writes query results (people, figures, events, articles) as a table, JSON or CSV.</summary>
public static class FactExporter
{
    private static readonly string[] PeopleHeader = ["id", "name", "titles", "province", "first_seen", "last_seen", "articles"];
    private static readonly string[] FigureHeader = ["id", "date", "province", "value", "of", "unit", "qualifier", "kind", "text", "source", "article_id", "context"];
    private static readonly string[] EventHeader = ["id", "date", "kind", "name", "organizer", "place", "province", "source", "article_id"];
    private static readonly string[] ArticleHeader = ["id", "published", "province", "title", "source"];

    public static void Write(TextWriter writer, IReadOnlyList<PersonSummary> people, ExportFormat format) =>
        Write(writer, people, format, PeopleHeader, p => [p.Id, p.Name, p.Titles, p.Province, p.FirstSeen, p.LastSeen, p.ArticleCount]);

    public static void Write(TextWriter writer, IReadOnlyList<FigureFact> figures, ExportFormat format) =>
        Write(writer, figures, format, FigureHeader, f => [f.Id, f.Date, f.Province, f.Value, f.Of, f.Unit, f.Qualifier, f.Kind, f.Text, f.Source, f.ArticleId, f.Context]);

    public static void Write(TextWriter writer, IReadOnlyList<EventFact> events, ExportFormat format) =>
        Write(writer, events, format, EventHeader, e => [e.Id, e.Date, e.Kind, e.Name, e.Organizer, e.Place, e.Province, e.Source, e.ArticleId]);

    public static void Write(TextWriter writer, IReadOnlyList<ArticleSummary> articles, ExportFormat format) =>
        Write(writer, articles, format, ArticleHeader, a => [a.Id, a.Published, a.Province, a.Title, a.Source]);

    private static void Write<T>(TextWriter writer, IReadOnlyList<T> items, ExportFormat format, string[] header, Func<T, object?[]> row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        switch (format)
        {
            case ExportFormat.Json:
                writer.WriteLine(FactJson.Serialize(items));
                break;
            case ExportFormat.Csv:
                Csv.Write(writer, header, items.Select(i => (IReadOnlyList<object?>)row(i)));
                break;
            default:
                TextTable.Write(writer, header, items.Select(i => (IReadOnlyList<string>)row(i).Select(Cell).ToList()));
                break;
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
