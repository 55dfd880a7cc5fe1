using System.CommandLine;
using Extractor.Cli.Commands;
using Serilog;
using Serilog.Events;

namespace Extractor.Cli;

/// <summary>The <c>extractor</c> command line: parses arguments into option records and calls the library.</summary>
/// <remarks>stdout carries only data; logs and messages go to stderr. Exit codes: 0 ok, 1 some inputs failed, 2 usage error.</remarks>
public static class CliApp
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Is(Environment.GetEnvironmentVariable("EXTRACTOR_LOG") == "debug" ? LogEventLevel.Debug : LogEventLevel.Information)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        try
        {
            var root = BuildRoot(stdout, stderr);
            var parse = root.Parse(args);
            var config = new InvocationConfiguration { Output = stdout, Error = stderr };
            var code = await parse.InvokeAsync(config).ConfigureAwait(false);
            return code == 1 && parse.Errors.Count > 0 ? UsageError : code;
        }
        finally
        {
            await Log.CloseAndFlushAsync().ConfigureAwait(false);
        }
    }

    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Extractor: facts from Vietnamese provincial party news (officials, figures, events) as JSON Lines and SQLite.");
        var context = new CommandContext(stdout, stderr);
        root.Add(ExtractCommand.Create(context));
        root.Add(EvalCommand.Create(context));
        root.Add(NormalizeCommand.Create(context));
        root.Add(TrainCommand.Create(context));
        root.Add(RunCommand.Create(context));
        root.Add(BenchCommand.Create(context));
        root.Add(EvalHtmlCommand.Create(context));
        root.Add(IndexCommand.Create(context));
        root.Add(QueryCommand.Create(context));
        root.Add(ServeCommand.Create(context));
        root.Add(CrawlCommand.Create(context));
        return root;
    }
}

/// <summary>The streams a command writes to, so tests can capture them.</summary>
public sealed record CommandContext(TextWriter Stdout, TextWriter Stderr);
