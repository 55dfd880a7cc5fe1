using System.CommandLine;
using Extractor.Html;
using Extractor.Html.Evaluation;
using Extractor.Html.Profiles;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval-html</c>: scores HTML article extraction on trafilatura's evaluation set and on fixture pages.</summary>
internal static class EvalHtmlCommand
{
    public static Command Create(CommandContext context)
    {
        var bench = new Option<string?>("--bench") { Description = "trafilatura's evaluation set: its .tar.gz or the folder it was unpacked to (outside the project)." };
        var pages = new Option<string?>("--pages") { Description = "A folder of page.html + page.expected.json fixtures (e.g. corpus/sites or held-out pages)." };
        var profiles = new Option<string?>("--profiles") { Description = "A folder of extra site profiles (*.json)." };
        var details = new Option<bool>("--details") { Description = "List each page's misses and extras." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parallel workers for the benchmark.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("eval-html", "Score article extraction from HTML: snippet precision/recall/F1 on trafilatura's set; title, date, body and boilerplate rates on fixture pages.")
        {
            bench, pages, profiles, details, jobs,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new HtmlEvaluationOptions
            {
                BenchmarkPath = parse.GetValue(bench),
                PagesPath = parse.GetValue(pages),
                ProfilesPath = parse.GetValue(profiles),
                Details = parse.GetValue(details),
                Jobs = Math.Max(1, parse.GetValue(jobs)),
            };
            if (options.BenchmarkPath is null && options.PagesPath is null)
            {
                await context.Stderr.WriteLineAsync("extractor eval-html: give --bench PATH and/or --pages DIR");
                return CliApp.UsageError;
            }

            foreach (var path in new[] { options.BenchmarkPath, options.PagesPath, options.ProfilesPath }.OfType<string>())
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    await context.Stderr.WriteLineAsync($"extractor eval-html: {path}: no such file or folder");
                    return CliApp.UsageError;
                }
            }

            var extractor = options.ProfilesPath is null
                ? new HtmlArticleExtractor()
                : new HtmlArticleExtractor(new SiteProfileSet([.. SiteProfileSet.Default.Profiles, .. SiteProfileSet.LoadFolders(options.ProfilesPath).Profiles]));
            if (options.PagesPath is not null)
            {
                var report = PageFixtures.Run(options.PagesPath, extractor);
                await context.Stdout.WriteAsync(HtmlEvaluationReportWriter.Pages(report, options.Details));
            }

            if (options.BenchmarkPath is not null)
            {
                var report = await Task.Run(() => SnippetBenchmark.Run(options.BenchmarkPath, extractor, options.Jobs, cancellationToken), cancellationToken);
                await context.Stdout.WriteAsync(HtmlEvaluationReportWriter.Benchmark(report, options.Details));
            }

            return CliApp.Ok;
        });
        return command;
    }
}
