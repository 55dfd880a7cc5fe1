using System.CommandLine;
using Extractor.Storage;
using Extractor.Storage.Indexing;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor index FILE.jsonl... --db facts.db</c>: JSON Lines records into the SQLite facts store.</summary>
internal static class IndexCommand
{
    public static Command Create(CommandContext context)
    {
        var files = new Argument<string[]>("file") { Description = "JSON Lines files written by 'extractor extract'.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "The SQLite facts store (created when missing).", Required = true };
        var command = new Command("index", "Store article records and their facts in a SQLite facts store (re-indexing is idempotent).") { files, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var path = parse.GetValue(db)!;
            try
            {
                using var store = FactStore.Open(path);
                var summary = JsonLinesIndexer.IndexFiles(store, paths, message => context.Stderr.WriteLine($"extractor index: {message}"));
                await context.Stderr.WriteLineAsync(
                    $"extractor index: {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Skipped} without text, {summary.Failed} failed → {path}");
                return summary.Failed > 0 ? CliApp.SomeInputsFailed : CliApp.Ok;
            }
            catch (IOException ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                await context.Stderr.WriteLineAsync($"extractor index: {ex.Message}");
                return CliApp.UsageError;
            }
        });
        return command;
    }
}
