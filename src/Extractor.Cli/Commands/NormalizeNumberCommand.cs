using System.CommandLine;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor normalize number</c>.</summary>
internal static class NormalizeNumberCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("number", "Normalize number expressions read from stdin.");
        command.SetAction(async (_, _) =>
        {
            await context.Stderr.WriteLineAsync("extractor normalize number: not available yet");
            return CliApp.UsageError;
        });
        return command;
    }
}
