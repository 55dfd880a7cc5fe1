using System.Text;
using Extractor.Storage;
using Extractor.Storage.Export;
using Extractor.Web.Api;
using Extractor.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Extractor.Web.Hosting;

/// <summary>The routes: pages and the JSON/CSV API, all GET, all reading through a read-only store.</summary>
internal static class Endpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    /// <summary>Every page answers HEAD as it answers GET (headers, no body): link checkers and caches ask HEAD, and a 405 to them reads as a broken site.</summary>
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/", GetAndHead, (HttpRequest request, FactStore store, WebOptions options) =>
        {
            var q = RequestFilters.Text(request, options);
            var results = q is null ? null : store.Search(q);
            return Results.Content(SearchPage.Render(q, results, store.Statistics()), HtmlType);
        });

        routes.MapMethods("/people/{id:long}", GetAndHead, (long id, FactStore store) =>
            store.GetPerson(id) is { } profile
                ? Results.Content(PersonPage.Render(profile), HtmlType)
                : NotFound("No such person."));

        routes.MapMethods("/articles/{id:long}", GetAndHead, (long id, FactStore store) =>
            store.GetArticle(id) is { } article
                ? Results.Content(ArticlePage.Render(article), HtmlType)
                : NotFound("No such article."));

        routes.MapMethods("/figures", GetAndHead, (HttpRequest request, FactStore store, WebOptions options) =>
        {
            var filter = RequestFilters.Figures(request, options);
            var figures = store.FindFigures(filter);
            return Results.Content(FiguresPage.Render(filter, request.QueryString.Value ?? "", figures, store.Provinces(), store.FigureUnits()), HtmlType);
        });

        routes.MapMethods("/api/search", GetAndHead, (HttpRequest request, FactStore store, WebOptions options) =>
        {
            var results = store.Search(RequestFilters.Text(request, options));
            return Results.Json(new SearchResponse(results.People, results.Figures, results.Events, results.Articles), FactJson.Options);
        });

        routes.MapMethods("/api/people/{id:long}", GetAndHead, (long id, FactStore store) =>
            store.GetPerson(id) is { } profile ? Results.Json(profile, FactJson.Options) : Results.NotFound());

        routes.MapMethods("/api/figures.csv", GetAndHead, (HttpRequest request, FactStore store, WebOptions options) =>
        {
            var figures = store.FindFigures(RequestFilters.Figures(request, options));
            using var writer = new StringWriter();
            FactExporter.Write(writer, figures, ExportFormat.Csv);
            return Results.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", "figures.csv");
        });
    }

    private static IResult NotFound(string message) =>
        Results.Content(Html.Page("Not found", $"<h1>Not found</h1><p>{Html.E(message)}</p>"), HtmlType, Encoding.UTF8, StatusCodes.Status404NotFound);
}
