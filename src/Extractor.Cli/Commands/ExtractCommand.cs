using System.CommandLine;
using System.Text;
using Extractor.Jobs;
using Extractor.Jobs.Extract;
using Extractor.Jobs.Inputs;
using Extractor.Storage.Sinks;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor extract &lt;path&gt;...</c>: articles to JSON Lines.</summary>
internal static class ExtractCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("path") { Description = "Article files or directories (.txt, .html, .htm, .warc, .warc.gz), read recursively.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "How files are read: text, html or auto (by extension and content).", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", "text", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write JSON Lines to this file instead of stdout." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parallel workers (default: all cores). Output stays in input order.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var extractors = new Option<string>("--extractors") { Description = "rules, ml or rules+ml.", DefaultValueFactory = _ => "rules+ml" };
        extractors.AcceptOnlyFromAmong(ExtractorSetNames.All);
        var db = new Option<string?>("--db") { Description = "Also store every record and its facts in this SQLite facts store (created when missing)." };

        var command = new Command("extract", "Extract articles and their facts into JSON Lines, one object per article.") { paths, format, output, jobs, extractors, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            SqliteRecordSink? store;
            try
            {
                store = parse.GetValue(db) is { } dbPath ? new SqliteRecordSink(dbPath) : null;
            }
            catch (DirectoryNotFoundException ex)
            {
                await context.Stderr.WriteLineAsync($"extractor extract: {ex.Message}");
                return CliApp.UsageError;
            }

            await using var storeScope = store;
            var options = new ExtractOptions
            {
                Paths = parse.GetValue(paths) ?? [],
                Format = parse.GetValue(format) switch { "text" => InputFormat.Text, "html" => InputFormat.Html, _ => InputFormat.Auto },
                OutputPath = parse.GetValue(output),
                Jobs = Math.Max(1, parse.GetValue(jobs)),
                Extractors = ExtractorChoice.Parse(parse.GetValue(extractors)),
                ExtraSinks = store is null ? [] : [store],
            };
            return await RunAsync(options, context, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ExtractOptions options, CommandContext context, CancellationToken cancellationToken)
    {
        try
        {
            var job = new ExtractJob(options);
            ExtractSummary summary;
            if (options.OutputPath is { } path)
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(path));
                if (dir is not null && !Directory.Exists(dir))
                {
                    await context.Stderr.WriteLineAsync($"extractor extract: output folder does not exist: {dir}");
                    return CliApp.UsageError;
                }

                await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
                summary = await job.RunAsync(writer, cancellationToken);
            }
            else
            {
                summary = await job.RunAsync(context.Stdout, cancellationToken);
            }

            await context.Stderr.WriteLineAsync(
                $"extractor extract: {summary.Records} records from {summary.Inputs} inputs, {summary.RecordsWithErrors} with errors, {summary.Skipped} non-article files skipped, {summary.Elapsed.TotalSeconds:0.0} s");
            foreach (var sinkError in summary.SinkErrors)
            {
                await context.Stderr.WriteLineAsync($"extractor extract: {sinkError}");
            }

            return summary.RecordsWithErrors > 0 || summary.SinkErrors.Count > 0 ? CliApp.SomeInputsFailed : CliApp.Ok;
        }
        catch (InputNotFoundException ex)
        {
            await context.Stderr.WriteLineAsync($"extractor extract: {ex.Message}");
            return CliApp.UsageError;
        }
    }
}
