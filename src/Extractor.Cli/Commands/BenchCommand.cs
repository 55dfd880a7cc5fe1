using System.CommandLine;
using System.Globalization;
using System.Text;
using Extractor.Jobs;
using Extractor.Jobs.Run;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor bench</c>: the whole pipeline over a generated archive, against the AngleSharp parse-only bound.</summary>
internal static class BenchCommand
{
    public static Command Create(CommandContext context)
    {
        var pages = new Option<int>("--pages") { Description = "HTML pages in the generated archive (0: skip HTML).", DefaultValueFactory = _ => 2000 };
        var texts = new Option<int>("--texts") { Description = "Text articles in the generated archive (0: skip text).", DefaultValueFactory = _ => 10000 };
        var pageKb = new Option<int>("--page-kb") { Description = "Size each HTML page is padded to, in KB.", DefaultValueFactory = _ => 100 };
        var words = new Option<int>("--words") { Description = "Words per text article.", DefaultValueFactory = _ => 600 };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parallel workers (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var extractors = new Option<string>("--extractors") { Description = "rules, ml or rules+ml.", DefaultValueFactory = _ => "rules+ml" };
        extractors.AcceptOnlyFromAmong(ExtractorSetNames.All);
        var noStore = new Option<bool>("--no-store") { Description = "Do not index into facts.db (time extraction and JSON Lines only)." };
        var work = new Option<string?>("--work") { Description = "Keep the archive and outputs in this folder (default: a temporary folder, deleted)." };
        var corpus = new Option<string?>("--corpus") { Description = "The corpus/ folder the archive is built from (default: found above the working folder)." };
        var htmlDir = new Option<string?>("--html-dir") { Description = "Time this folder of real HTML pages instead of generated ones." };
        var textDir = new Option<string?>("--text-dir") { Description = "Time this folder of real text articles instead of generated ones." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };

        var command = new Command("bench", "Time the whole pipeline on a generated archive: pages/s and words/s per core, peak memory, parse-only bound.")
        {
            pages, texts, pageKb, words, jobs, extractors, noStore, work, corpus, htmlDir, textDir, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BenchOptions
            {
                HtmlPages = Math.Max(0, parse.GetValue(pages)),
                TextArticles = Math.Max(0, parse.GetValue(texts)),
                PageBytes = Math.Max(1, parse.GetValue(pageKb)) * 1024,
                ArticleWords = Math.Max(1, parse.GetValue(words)),
                Jobs = Math.Max(1, parse.GetValue(jobs)),
                Extractors = ExtractorChoice.Parse(parse.GetValue(extractors)),
                WriteStore = !parse.GetValue(noStore),
                WorkDirectory = parse.GetValue(work),
                CorpusDirectory = parse.GetValue(corpus),
                HtmlDirectory = parse.GetValue(htmlDir),
                TextDirectory = parse.GetValue(textDir),
            };
            try
            {
                var report = await new BenchJob(options).RunAsync(new LineProgress(context.Stderr), cancellationToken);
                await context.Stdout.WriteLineAsync(parse.GetValue(json)
                    ? System.Text.Json.JsonSerializer.Serialize(report, new System.Text.Json.JsonSerializerOptions { WriteIndented = true })
                    : Table(report));
                return CliApp.Ok;
            }
            catch (RunSourceException ex)
            {
                await context.Stderr.WriteLineAsync($"extractor bench: {ex.Message}");
                return CliApp.UsageError;
            }
        });
        return command;
    }

    internal static string Table(BenchReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"machine: {report.Machine}");
        text.AppendLine(CultureInfo.InvariantCulture, $"workers: {report.Jobs} (per-core figures divide by {Math.Min(report.Jobs, report.Cores)})");
        text.AppendLine();
        text.AppendLine("| pass | pages | MB | wall s | pages/s | pages/s/core | words/s/core | CPU s | pages/CPU-s | words/CPU-s |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in new[] { report.ParseOnly, report.Html, report.Text })
        {
            if (m is null)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Name} | {m.Pages:N0} | {m.Bytes / 1048576.0:0.0} | {m.Elapsed.TotalSeconds:0.0} | {m.PagesPerSecond:N0} | {m.PagesPerSecondPerCore:N0} | {Words(m.WordsPerSecondPerCore, m)} | {m.CpuTime.TotalSeconds:0.0} | {m.PagesPerCpuSecond:N0} | {Words(m.WordsPerCpuSecond, m)} |");
        }

        text.AppendLine();
        if (report.ShareOfParseOnly is { } share)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"html → facts runs at {share:P0} of the parse-only rate by wall time, {report.CpuShareOfParseOnly ?? 0:P0} by CPU time (target ≥ 50%)");
        }

        if (report.Stages.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"where the time goes (one thread, first {BenchJob.ProfilePages} pages of each pass):");
            text.AppendLine();
            text.AppendLine("| pass | step | ms/page | share |");
            text.AppendLine("|---|---|---:|---:|");
            foreach (var stage in report.Stages)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {stage.Pass} | {stage.Step} | {stage.MillisecondsPerPage:0.000} | {stage.Share:P0} |");
            }

            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"peak memory: {report.PeakPipelineBytes / 1048576.0:N0} MB RSS while the pipeline ran, {report.PeakProcessBytes / 1048576.0:N0} MB process high-water mark");
        return text.ToString();
    }

    private static string Words(double rate, BenchMeasurement m) => m.Words > 0 ? rate.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private sealed class LineProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine("[INF] " + value);
    }
}
