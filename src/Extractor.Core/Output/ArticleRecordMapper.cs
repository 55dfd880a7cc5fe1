using System.Globalization;
using Extractor.Documents;
using Extractor.Facts;

namespace Extractor.Output;

/// <summary>Turns an annotated document into its output record.</summary>
public static class ArticleRecordMapper
{
    public static ArticleRecord ToRecord(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ArticleRecord
        {
            SourceFile = document.Source.SourceFile,
            Url = document.Source.Url,
            Title = document.Title ?? document.Source.Title,
            Published = document.Published?.ToIsoString(),
            Authors = document.Authors.IsDefaultOrEmpty
                ? document.Source.Authors
                : document.Authors.Select(a => a.Name).Distinct().ToList(),
            Text = document.Text,
            Officials = document.Officials.Select(o => new OfficialRecord
            {
                Name = o.Name,
                Titles = o.Titles,
                Mentions = o.Mentions.Select(m => new SpanRecord(m.Start, m.End)).ToList(),
            }).ToList(),
            Figures = document.Figures.Select(f => new FigureRecord
            {
                Text = f.Text,
                Value = f.Value,
                Of = f.Of,
                Unit = f.Unit,
                Qualifier = f.Qualifier,
                Kind = KindName(f.Kind),
                Start = f.Span.Start,
                End = f.Span.End,
            }).ToList(),
            Events = document.Events.Select(e => new EventRecord
            {
                Kind = e.Kind,
                Name = e.Name,
                Date = e.Date?.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
                Organizer = e.Organizer,
                Participants = e.Participants,
                Place = e.Place,
                Start = e.Span.Start,
                End = e.Span.End,
            }).ToList(),
            Province = document.Province ?? document.Source.Province,
            Places = document.Places.Select(p => new PlaceRecord
            {
                Name = p.Name,
                Level = p.Level.ToString().ToLowerInvariant(),
                Start = p.Span.Start,
                End = p.Span.End,
            }).ToList(),
            Errors = [.. document.Source.Errors, .. document.Errors],
        };
    }

    public static string KindName(FigureKind kind) => kind switch
    {
        FigureKind.Count => "count",
        FigureKind.Percent => "percent",
        FigureKind.Ratio => "ratio",
        FigureKind.Money => "money",
        _ => "other",
    };

    /// <summary>A record for an input that could not be read at all.</summary>
    public static ArticleRecord Failed(string sourceFile, string error) =>
        new() { SourceFile = sourceFile, Errors = [error] };
}
