using System.CommandLine;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor normalize date</c>.</summary>
internal static class NormalizeDateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("date", "Normalize date expressions read from stdin.");
        command.SetAction(async (_, _) =>
        {
            await context.Stderr.WriteLineAsync("extractor normalize date: not available yet");
            return CliApp.UsageError;
        });
        return command;
    }
}
