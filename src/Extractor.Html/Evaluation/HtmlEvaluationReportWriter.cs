using System.Globalization;
using System.Text;

namespace Extractor.Html.Evaluation;

/// <summary>Writes the HTML evaluation's scores as a plain-text table, with the published scores beside the benchmark's.</summary>
public static class HtmlEvaluationReportWriter
{
    /// <summary>F1 on trafilatura's evaluation set as trafilatura's own evaluation published it.</summary>
    private static readonly (string Name, double F1)[] Published =
    [
        ("trafilatura", 0.924), ("jusText", 0.862), ("news-please", 0.836), ("readability-lxml", 0.826), ("goose3", 0.810), ("newspaper4k", 0.801),
    ];

    public static string Benchmark(SnippetBenchmarkReport report, bool details)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"trafilatura evaluation set: {report.Pages} pages, {report.MillisecondsPerPage:F2} ms/page");
        text.AppendLine(c, $"  TP {report.TruePositives}  FP {report.FalsePositives}  FN {report.FalseNegatives}  TN {report.TrueNegatives}");
        text.AppendLine(c, $"  {"extractor",-18} precision {report.Precision:F3}  recall {report.Recall:F3}  F1 {report.F1:F3}  accuracy {report.Accuracy:F3}");
        foreach (var (name, f1) in Published)
        {
            text.AppendLine(c, $"  {name,-18} (published)                          F1 {f1:F3}");
        }

        if (details)
        {
            foreach (var page in report.Details)
            {
                text.AppendLine(c, $"{page.File}  {page.Url}");
                foreach (var m in page.Missed)
                {
                    text.AppendLine(c, $"  - missed: {m}");
                }

                foreach (var e in page.Extra)
                {
                    text.AppendLine(c, $"  + extra:  {e}");
                }
            }
        }

        return text.ToString();
    }

    public static string Pages(PageFixtureReport report, bool details)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"fixture pages: {report.Pages.Count}");
        text.AppendLine(c, $"  title exact      {report.Title}");
        text.AppendLine(c, $"  published        {report.Published}");
        text.AppendLine(c, $"  first+last       {report.FirstAndLast}");
        text.AppendLine(c, $"  no boilerplate   {report.NoBoilerplate}");
        text.AppendLine(c, $"  authors          {report.Authors}");
        text.AppendLine(c, $"  captions         {report.Captions}");
        text.AppendLine(c, $"  next page        {report.NextPage}");
        if (details)
        {
            foreach (var page in report.Pages.Where(p => p.Problems.Count > 0))
            {
                text.AppendLine(c, $"{page.Page}");
                foreach (var problem in page.Problems)
                {
                    text.AppendLine(c, $"  {problem}");
                }
            }
        }

        return text.ToString();
    }
}
