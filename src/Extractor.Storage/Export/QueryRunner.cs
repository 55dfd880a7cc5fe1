using Extractor.Storage.Queries;

namespace Extractor.Storage.Export;

/// <summary>Runs a <see cref="QueryRequest"/> against a store (read-only) and writes the results in the asked format.</summary>
public static class QueryRunner
{
    /// <returns>How many results were written.</returns>
    /// <exception cref="FileNotFoundException">No store at the path.</exception>
    public static int Run(QueryRequest request, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var store = FactStore.OpenReadOnly(request.DatabasePath);
        switch (request.Subject)
        {
            case QuerySubject.People:
                var people = store.FindPeople(request.Text, request.Range, request.Limit);
                FactExporter.Write(output, people, request.Format);
                return people.Count;
            case QuerySubject.Figures:
                var figures = store.FindFigures(new FigureFilter { Text = request.Text, Range = request.Range, Limit = request.Limit });
                FactExporter.Write(output, figures, request.Format);
                return figures.Count;
            case QuerySubject.Events:
                var events = store.FindEvents(request.Text, request.Range, request.Limit);
                FactExporter.Write(output, events, request.Format);
                return events.Count;
            default:
                var articles = store.FindArticles(request.Text, request.Range, request.Limit);
                FactExporter.Write(output, articles, request.Format);
                return articles.Count;
        }
    }
}
