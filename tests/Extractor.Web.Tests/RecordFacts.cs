using Extractor.Output;

namespace Extractor.Web.Tests;

/// <summary>Adds facts to hand-made records with spans found in the text.</summary>
internal static class RecordFacts
{
    public static ArticleRecord Official(this ArticleRecord r, string name, params string[] titles)
    {
        var at = r.Text.IndexOf(name, StringComparison.Ordinal);
        return r with { Officials = [.. r.Officials, new OfficialRecord { Name = name, Titles = titles, Mentions = [new SpanRecord(at, at + name.Length)] }] };
    }

    public static ArticleRecord Figure(this ArticleRecord r, string text, decimal value, string unit, string? qualifier = null, string kind = "count")
    {
        var at = r.Text.IndexOf(text, StringComparison.Ordinal);
        return r with { Figures = [.. r.Figures, new FigureRecord { Text = text, Value = value, Unit = unit, Qualifier = qualifier, Kind = kind, Start = at, End = at + text.Length }] };
    }

    public static ArticleRecord Event(this ArticleRecord r, string kind, string name, string date)
    {
        var at = r.Text.IndexOf(name, StringComparison.Ordinal);
        return r with { Events = [.. r.Events, new EventRecord { Kind = kind, Name = name, Date = date, Start = at, End = at + name.Length }] };
    }
}
