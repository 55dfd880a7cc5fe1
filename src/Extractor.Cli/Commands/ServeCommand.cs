using System.CommandLine;
using Extractor.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor serve --db DB</c>: the read-only web page over a facts store, on 127.0.0.1 by default.</summary>
internal static class ServeCommand
{
    public static Command Create(CommandContext context)
    {
        var db = new Option<string>("--db") { Description = "The SQLite facts store to show.", Required = true };
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback by default).", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var command = new Command("serve", "Serve a read-only search page, person and article pages, figures with CSV and a chart, and a JSON API.") { db, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new WebOptions { DatabasePath = parse.GetValue(db)!, Urls = parse.GetValue(urls) ?? WebOptions.DefaultUrls };
            try
            {
                await using var app = WebHost.Build(options);
                await context.Stderr.WriteLineAsync($"extractor serve: {options.DatabasePath} on {options.Urls} (Ctrl+C stops)");
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
                return CliApp.Ok;
            }
            catch (FileNotFoundException ex)
            {
                await context.Stderr.WriteLineAsync($"extractor serve: {ex.Message}");
                return CliApp.UsageError;
            }
        });
        return command;
    }
}
