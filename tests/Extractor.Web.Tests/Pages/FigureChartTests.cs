using Extractor.Storage.Queries;
using Extractor.Web.Pages;

namespace Extractor.Web.Tests.Pages;

public sealed class FigureChartTests
{
    [Theory]
    [InlineData(new[] { "2022-01-05" }, false)]
    [InlineData(new[] { "2022-01-05", "" }, false)]
    [InlineData(new[] { "2022-01-05", "2023-03-01" }, true)]
    [InlineData(new[] { "2022-01-05", "2022-01-05", "2024-06-30" }, true)]
    public void Draws_a_chart_only_when_two_dated_figures_share_a_unit(string[] dates, bool drawn)
    {
        var figures = dates.Select((d, i) => Figure(i, d, 100 + i, "đảng viên")).ToList();

        var svg = FigureChart.Render(figures);

        (svg.Length > 0).Should().Be(drawn);
        if (drawn)
        {
            svg.Should().StartWith("<figure id=\"figure-chart\"><svg").And.Contain($"<circle").And.NotContain("<script");
        }
    }

    [Fact]
    public void Joins_each_provinces_yearly_largest_figure_and_escapes_labels()
    {
        var figures = new[]
        {
            Figure(1, "2021-02-01", 300, "đảng viên", "<Tân Lập>"),
            Figure(2, "2021-02-01", 30, "đảng viên", "<Tân Lập>"),
            Figure(3, "2022-02-01", 350, "đảng viên", "<Tân Lập>"),
        };

        var svg = FigureChart.Render(figures);

        svg.Should().Contain("&lt;Tân Lập&gt;").And.NotContain("<Tân Lập>");
        System.Text.RegularExpressions.Regex.Matches(svg, "<circle").Count.Should().Be(3);
        System.Text.RegularExpressions.Regex.Match(svg, "<polyline[^>]*points=\"([^\"]*)\"").Groups[1].Value.Split(' ').Should().HaveCount(2);
    }

    private static FigureFact Figure(int id, string date, decimal value, string unit, string? province = "Tân Lập") =>
        new(id, 1, $"{value} {unit}", value, null, unit, null, "count",
            date.Length == 0 ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), province, "a.txt", "Tin", "", 0, 1);
}
