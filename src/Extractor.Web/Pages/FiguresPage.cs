using System.Text;
using Extractor.Storage.Queries;

namespace Extractor.Web.Pages;

/// <summary>The figures view: filters, a chart over time, the table with sources, and a CSV link with the same filters.</summary>
internal static class FiguresPage
{
    private static readonly string[] Kinds = ["count", "percent", "ratio", "money", "other"];

    public static string Render(FigureFilter filter, string queryString, IReadOnlyList<FigureFact> figures, IReadOnlyList<string> provinces, IReadOnlyList<string> units)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>Figures</h1><form id=\"figure-filters\" action=\"/figures\" method=\"get\">");
        sb.Append($"<label>Words <input type=\"search\" name=\"q\" value=\"{Html.E(filter.Text)}\" maxlength=\"200\"></label> ");
        sb.Append(Select("province", "Province", provinces, filter.Province));
        sb.Append(Select("unit", "Unit", units, filter.Unit));
        sb.Append(Select("kind", "Kind", Kinds, filter.Kind));
        sb.Append($"<label>From <input type=\"date\" name=\"from\" value=\"{Html.E(filter.Range.From)}\"></label> ");
        sb.Append($"<label>To <input type=\"date\" name=\"to\" value=\"{Html.E(filter.Range.To)}\"></label> ");
        sb.Append("<button type=\"submit\">Filter</button></form>");
        sb.Append($"<p><a id=\"csv-link\" href=\"/api/figures.csv{Html.E(queryString)}\">Download these figures as CSV</a> · {figures.Count} figures</p>");
        sb.Append(FigureChart.Render(figures));
        sb.Append("<table id=\"figures-table\"><thead><tr><th>Date</th><th>Province</th><th>Figure</th><th>Value</th><th>Unit</th><th>Qualifier</th><th>Kind</th><th>Sentence</th></tr></thead><tbody>");
        foreach (var f in figures)
        {
            var value = f.Of is null ? Html.E(f.Value) : $"{Html.E(f.Value)}/{Html.E(f.Of)}";
            sb.Append($"<tr><td>{Html.E(f.Date)}</td><td>{Html.E(f.Province)}</td><td><a href=\"/articles/{f.ArticleId}\">{Html.E(f.Text)}</a></td><td>{value}</td><td>{Html.E(f.Unit)}</td><td>{Html.E(f.Qualifier)}</td><td>{Html.E(f.Kind)}</td><td>{Html.E(f.Context)}</td></tr>");
        }

        sb.Append("</tbody></table>");
        return Html.Page("Figures", sb.ToString());
    }

    private static string Select(string name, string label, IReadOnlyList<string> options, string? selected)
    {
        var sb = new StringBuilder($"<label>{label} <select name=\"{name}\"><option value=\"\">any</option>");
        foreach (var option in options)
        {
            var isSelected = string.Equals(option, selected, StringComparison.Ordinal) ? " selected" : "";
            sb.Append($"<option value=\"{Html.E(option)}\"{isSelected}>{Html.E(option)}</option>");
        }

        return sb.Append("</select></label> ").ToString();
    }
}
