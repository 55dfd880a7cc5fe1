using System.Globalization;
using System.Text;
using System.Text.Json;
using Extractor.Output;

namespace Extractor.Evaluation;

/// <summary>Renders an evaluation report as a plain-text table, as JSON, or as per-article details.</summary>
public static class ReportWriter
{
    public static string Table(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"articles: {report.Articles}");
        sb.AppendLine("metric          precision  recall     F1     tp    fp    fn");
        foreach (var m in report.Metrics)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{m.Name,-15} {m.Precision,9:0.000} {m.Recall,7:0.000} {m.F1,6:0.000} {m.TruePositives,6} {m.FalsePositives,5} {m.FalseNegatives,5}");
        }

        sb.AppendLine("metric          accuracy  correct  total");
        foreach (var a in report.Accuracies)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{a.Name,-15} {a.Accuracy,8:0.000} {a.Correct,8} {a.Total,6}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"published invented: {report.InventedPublished}");
        return sb.ToString();
    }

    public static string Details(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        foreach (var article in report.Details.Where(d => d.Items.Count > 0))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"== {article.Id}");
            foreach (var item in article.Items)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {item.Type,-5} {item.Metric,-13} {item.Description}");
            }
        }

        return sb.ToString();
    }

    public static string Json(EvaluationReport report, bool includeDetails)
    {
        ArgumentNullException.ThrowIfNull(report);
        var payload = new Dictionary<string, object?>
        {
            ["articles"] = report.Articles,
            ["metrics"] = report.Metrics.ToDictionary(m => m.Name, m => new
            {
                precision = Math.Round(m.Precision, 4),
                recall = Math.Round(m.Recall, 4),
                f1 = Math.Round(m.F1, 4),
                tp = m.TruePositives,
                fp = m.FalsePositives,
                fn = m.FalseNegatives,
            }),
            ["accuracy"] = report.Accuracies.ToDictionary(a => a.Name, a => new
            {
                accuracy = Math.Round(a.Accuracy, 4),
                correct = a.Correct,
                total = a.Total,
            }),
            ["published_invented"] = report.InventedPublished,
        };
        if (includeDetails)
        {
            payload["details"] = report.Details.Where(d => d.Items.Count > 0).ToDictionary(
                d => d.Id,
                d => d.Items.Select(i => new { metric = i.Metric, type = i.Type, description = i.Description }).ToList());
        }

        return JsonSerializer.Serialize(payload, new JsonSerializerOptions(JsonLines.Options) { WriteIndented = true });
    }
}
