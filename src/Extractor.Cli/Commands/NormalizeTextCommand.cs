using System.CommandLine;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor normalize text</c>.</summary>
internal static class NormalizeTextCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("text", "Normalize text expressions read from stdin.");
        command.SetAction(async (_, _) =>
        {
            await context.Stderr.WriteLineAsync("extractor normalize text: not available yet");
            return CliApp.UsageError;
        });
        return command;
    }
}
