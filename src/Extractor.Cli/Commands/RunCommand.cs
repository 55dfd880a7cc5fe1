using System.CommandLine;
using Extractor.Jobs;
using Extractor.Jobs.Inputs;
using Extractor.Jobs.Run;
using Spectre.Console;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor run [source...] --out DIR</c>: the main job, streaming, parallel and resumable.</summary>
internal static class RunCommand
{
    /// <summary>Exit code when Ctrl-C stopped the run after a checkpoint (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public static Command Create(CommandContext context)
    {
        var sources = new Argument<string[]>("source")
        {
            Description = "Start URLs, WARC files or folders, folders of HTML/text, JSON Lines of earlier output. None: the bundled sample corpus/sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Output folder: articles.jsonl, facts.db and the checkpoint.", Required = true };
        var format = new Option<string>("--format") { Description = "How files are read: text, html or auto (by extension and content).", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", "text", "html");
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parallel workers (default: all cores). Output stays in input order.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var extractors = new Option<string>("--extractors") { Description = "rules, ml or rules+ml.", DefaultValueFactory = _ => "rules+ml" };
        extractors.AcceptOnlyFromAmong(ExtractorSetNames.All);
        var timeout = new Option<double>("--timeout") { Description = "Seconds one document may take before it is given up with an error record.", DefaultValueFactory = _ => 30 };
        var checkpoint = new Option<double>("--checkpoint") { Description = "Seconds between checkpoints (output flushed to disk, progress saved).", DefaultValueFactory = _ => 2 };
        var maxPages = new Option<int?>("--max-pages") { Description = "Start URLs: stop crawling after this many pages." };
        var fresh = new Option<bool>("--fresh") { Description = "Start over, replacing an earlier run in the output folder instead of resuming it." };
        var progress = new Option<string>("--progress") { Description = "auto (a bar on a terminal, log lines otherwise), bar, log or none.", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "bar", "log", "none");

        var command = new Command("run", "The main job: sources → articles.jsonl and facts.db in one folder; resumable after a crash or Ctrl-C.")
        {
            sources, output, format, jobs, extractors, timeout, checkpoint, maxPages, fresh, progress,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new RunOptions
            {
                Sources = parse.GetValue(sources) ?? [],
                OutputDirectory = parse.GetValue(output)!,
                Format = parse.GetValue(format) switch { "text" => InputFormat.Text, "html" => InputFormat.Html, _ => InputFormat.Auto },
                Jobs = Math.Max(1, parse.GetValue(jobs)),
                Extractors = ExtractorChoice.Parse(parse.GetValue(extractors)),
                DocumentTimeout = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(timeout))),
                CheckpointInterval = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(checkpoint))),
                Fresh = parse.GetValue(fresh),
                CrawlMaxPages = parse.GetValue(maxPages),
            };
            return await RunAsync(options, parse.GetValue(progress) ?? "auto", context, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(RunOptions options, string progressMode, CommandContext context, CancellationToken cancellationToken)
    {
        var job = new RunJob(options);
        job.Message += message => context.Stderr.WriteLine("[INF] " + message);
        RunSummary summary;
        try
        {
            job.ResolveSources();
            var interactive = ReferenceEquals(context.Stderr, Console.Error) && !Console.IsErrorRedirected;
            var mode = progressMode == "auto" ? (interactive ? "bar" : "log") : progressMode;
            summary = mode switch
            {
                "bar" => await WithBarAsync(job, cancellationToken),
                "log" => await job.RunAsync(new LogLineProgress(context.Stderr), cancellationToken),
                _ => await job.RunAsync(null, cancellationToken),
            };
        }
        catch (Exception ex) when (ex is RunSourceException or InputNotFoundException)
        {
            await context.Stderr.WriteLineAsync($"extractor run: {ex.Message}");
            return CliApp.UsageError;
        }

        foreach (var failure in summary.SinkErrors)
        {
            await context.Stderr.WriteLineAsync($"extractor run: {failure}");
        }

        await context.Stdout.WriteLineAsync(Describe(summary));
        if (summary.Interrupted)
        {
            await context.Stderr.WriteLineAsync("extractor run: stopped after a checkpoint; run the same command again to finish.");
            return Interrupted;
        }

        return summary.Errors > 0 ? CliApp.SomeInputsFailed : CliApp.Ok;
    }

    private static async Task<RunSummary> WithBarAsync(RunJob job, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        RunSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("articles", autoStart: true);
                task.IsIndeterminate = true;
                var bar = new Progress<RunProgress>(p =>
                {
                    if (p.Total is { } total)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(1, total);
                    }

                    task.Value = p.Done;
                    task.Description = $"articles ({p.Rate:0}/s, {p.Errors} errors)";
                });
                summary = await job.RunAsync(bar, cancellationToken);
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return summary!;
    }

    internal static string Describe(RunSummary s)
    {
        var state = s.AlreadyComplete ? "already complete" : s.Interrupted ? "interrupted" : "done";
        var resumed = s.ResumedFrom > 0 && !s.AlreadyComplete ? $", resumed after {s.ResumedFrom:N0} items" : "";
        return $"extractor run: {state} → {s.OutputDirectory}{resumed}\n"
            + $"  articles  {s.Articles,10:N0}\n"
            + $"  officials {s.Officials,10:N0}\n"
            + $"  figures   {s.Figures,10:N0}\n"
            + $"  events    {s.Events,10:N0}\n"
            + $"  errors    {s.Errors,10:N0}" + (s.TimedOut > 0 ? $" ({s.TimedOut} over the time limit)" : "") + "\n"
            + $"  time      {s.Elapsed.TotalSeconds,10:0.0} s";
    }
}
