using Extractor.Output;

namespace Extractor.Storage.Tests;

/// <summary>Builds article records by hand (invented people and places), with spans computed from the text.</summary>
internal static class Some
{
    public static ArticleRecord Article(string source, string text, string? published = "2024-03-12T14:20:00+07:00", string? province = "Tân Lập") =>
        new() { SourceFile = source, Title = text.Split('\n')[0], Text = text, Published = published, Province = province };

    public static ArticleRecord With(this ArticleRecord record, string name, params string[] titles)
    {
        var at = record.Text.IndexOf(name, StringComparison.Ordinal);
        var mentions = at < 0 ? new List<SpanRecord>() : [new SpanRecord(at, at + name.Length)];
        return record with { Officials = [.. record.Officials, new OfficialRecord { Name = name, Titles = titles, Mentions = mentions }] };
    }

    public static ArticleRecord WithFigure(this ArticleRecord record, string text, decimal value, string? unit, string kind = "count", decimal? of = null)
    {
        var at = record.Text.IndexOf(text, StringComparison.Ordinal);
        return record with
        {
            Figures = [.. record.Figures, new FigureRecord { Text = text, Value = value, Unit = unit, Kind = kind, Of = of, Start = at, End = at + text.Length }],
        };
    }

    public static ArticleRecord WithEvent(this ArticleRecord record, string kind, string name, string? date, string? organizer = null)
    {
        var at = record.Text.IndexOf(name, StringComparison.Ordinal);
        return record with
        {
            Events = [.. record.Events, new EventRecord { Kind = kind, Name = name, Date = date, Organizer = organizer, Start = Math.Max(0, at), End = Math.Max(0, at) + name.Length }],
        };
    }
}
