using System.Globalization;
using Extractor.Storage.Queries;
using Extractor.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Extractor.Web.Api;

/// <summary>Reads search text and figure filters from a query string: cut to the allowed length, bad dates ignored.</summary>
internal static class RequestFilters
{
    public static string? Text(HttpRequest request, WebOptions options, string name = "q")
    {
        var value = request.Query[name].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        return value.Length <= options.MaxQueryLength ? value : value[..options.MaxQueryLength];
    }

    public static FigureFilter Figures(HttpRequest request, WebOptions options) => new()
    {
        Text = Text(request, options),
        Province = Text(request, options, "province"),
        Unit = Text(request, options, "unit"),
        Kind = Text(request, options, "kind"),
        Range = new DateRange(Day(request, "from"), Day(request, "to")),
        Limit = 2000,
    };

    private static DateOnly? Day(HttpRequest request, string name) =>
        DateOnly.TryParseExact(request.Query[name].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
