using System.CommandLine;
using System.Globalization;
using Extractor.Storage.Export;
using Extractor.Storage.Queries;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor query people|figures|events|articles TEXT --db DB</c>: diacritic-free search of a facts store.</summary>
internal static class QueryCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("query", "Search a facts store without diacritics: people, figures, events or articles.");
        foreach (var subject in Enum.GetValues<QuerySubject>())
        {
            command.Add(CreateSubject(subject, context));
        }

        return command;
    }

    private static Command CreateSubject(QuerySubject subject, CommandContext context)
    {
        var name = subject.ToString().ToLowerInvariant();
        var text = new Argument<string[]>("text") { Description = "Words to find, with or without diacritics (\"pham minh chinh\"); none lists everything.", Arity = ArgumentArity.ZeroOrMore };
        var db = new Option<string>("--db") { Description = "The SQLite facts store.", Required = true };
        var from = new Option<string?>("--from") { Description = "Only articles (or events) dated on or after this day, YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Only articles (or events) dated on or before this day, YYYY-MM-DD." };
        var format = new Option<string>("--format") { Description = "table (for a terminal), json or csv (for pipes).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var limit = new Option<int>("--limit") { Description = "Most results to show.", DefaultValueFactory = _ => 100 };
        var command = new Command(name, $"Find {name} in a facts store.") { text, db, from, to, format, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryDay(parse.GetValue(from), out var fromDay) || !TryDay(parse.GetValue(to), out var toDay))
            {
                await context.Stderr.WriteLineAsync("extractor query: --from and --to take a date as YYYY-MM-DD");
                return CliApp.UsageError;
            }

            var request = new QueryRequest
            {
                Subject = subject,
                Text = string.Join(' ', parse.GetValue(text) ?? []),
                DatabasePath = parse.GetValue(db)!,
                Range = new DateRange(fromDay, toDay),
                Format = parse.GetValue(format) switch { "json" => ExportFormat.Json, "csv" => ExportFormat.Csv, _ => ExportFormat.Table },
                Limit = Math.Max(1, parse.GetValue(limit)),
            };
            try
            {
                QueryRunner.Run(request, context.Stdout);
                return CliApp.Ok;
            }
            catch (FileNotFoundException ex)
            {
                await context.Stderr.WriteLineAsync($"extractor query: {ex.Message}");
                return CliApp.UsageError;
            }
        });
        return command;
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
