using System.Globalization;
using System.Text;
using Extractor.Normalization;
using Extractor.Storage.Queries;

namespace Extractor.Web.Pages;

/// <summary>An inline SVG chart of figures over time, for the most common unit among them: points by province, a line through each year's largest.</summary>
/// <remarks>No script and no downloaded library: points carry a &lt;title&gt; that browsers show on hover.</remarks>
internal static class FigureChart
{
    private const int Width = 760;
    private const int Height = 320;
    private const int Left = 70;
    private const int Right = 150;
    private const int Top = 20;
    private const int Bottom = 40;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

    /// <returns>The chart, or an empty string when fewer than two dated figures share a unit (a table says it better).</returns>
    public static string Render(IReadOnlyList<FigureFact> figures)
    {
        var dated = figures.Where(f => f.Date is not null).ToList();
        var unit = dated.GroupBy(f => SearchKey.Of(f.Unit)).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (unit is null || unit.Count() < 2)
        {
            return "";
        }

        var points = unit.OrderBy(f => f.Date).ToList();
        var minDay = points[0].Date!.Value.DayNumber;
        var maxDay = points[^1].Date!.Value.DayNumber;
        if (maxDay == minDay)
        {
            maxDay = minDay + 1;
        }

        var maxValue = (double)points.Max(f => f.Value);
        var minValue = Math.Min(0, (double)points.Min(f => f.Value));
        if (maxValue <= minValue)
        {
            maxValue = minValue + 1;
        }

        double X(DateOnly d) => Left + ((double)(d.DayNumber - minDay) / (maxDay - minDay) * (Width - Left - Right));
        double Y(decimal v) => Top + ((maxValue - (double)v) / (maxValue - minValue) * (Height - Top - Bottom));
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var unitName = points[0].Unit ?? "(no unit)";
        var sb = new StringBuilder();
        sb.Append($"<figure id=\"figure-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Html.E(unitName)} over time\">");
        sb.Append($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#444\"/>");
        sb.Append($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#444\"/>");
        foreach (var tick in new[] { minValue, (minValue + maxValue) / 2, maxValue })
        {
            var y = Top + ((maxValue - tick) / (maxValue - minValue) * (Height - Top - Bottom));
            sb.Append($"<text x=\"{Left - 6}\" y=\"{N(y + 4)}\" font-size=\"11\" text-anchor=\"end\">{Html.E(tick.ToString("#,0.##", CultureInfo.InvariantCulture))}</text>");
        }

        var firstYear = points[0].Date!.Value.Year;
        var lastYear = points[^1].Date!.Value.Year;
        var step = Math.Max(1, (lastYear - firstYear + 1) / 8);
        for (var year = firstYear; year <= lastYear; year += step)
        {
            var day = new DateOnly(year, 1, 1);
            var x = day.DayNumber < minDay ? Left : X(day);
            sb.Append($"<text x=\"{N(x)}\" y=\"{Height - Bottom + 16}\" font-size=\"11\" text-anchor=\"middle\">{year}</text>");
        }

        var series = points.GroupBy(f => f.Province ?? "(province unknown)").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < series.Count; i++)
        {
            var color = Colors[i % Colors.Length];

            // Several figures of one unit may be reported in a year (a total and its parts): the line follows each year's largest.
            var yearly = series[i].GroupBy(f => f.Date!.Value.Year).Select(g => g.MaxBy(f => f.Value)!).OrderBy(f => f.Date).ToList();
            if (yearly.Count > 1)
            {
                var line = string.Join(' ', yearly.Select(f => $"{N(X(f.Date!.Value))},{N(Y(f.Value))}"));
                sb.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" points=\"{line}\"/>");
            }

            foreach (var f in series[i])
            {
                sb.Append($"<circle cx=\"{N(X(f.Date!.Value))}\" cy=\"{N(Y(f.Value))}\" r=\"4\" fill=\"{color}\"><title>{Html.E($"{f.Date:yyyy-MM-dd} {f.Province}: {f.Text}")}</title></circle>");
            }

            sb.Append($"<rect x=\"{Width - Right + 12}\" y=\"{Top + (i * 18)}\" width=\"10\" height=\"10\" fill=\"{color}\"/>");
            sb.Append($"<text x=\"{Width - Right + 26}\" y=\"{Top + (i * 18) + 9}\" font-size=\"11\">{Html.E(series[i].Key)}</text>");
        }

        sb.Append($"</svg><figcaption>{Html.E(unitName)} over time, by province: every dated figure as a point, each year's largest joined by a line ({points.Count} figures).</figcaption></figure>");
        return sb.ToString();
    }
}
