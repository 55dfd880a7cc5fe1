using System.CommandLine;
using System.Text.Json;
using Extractor.Output;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor normalize number|date|text</c>: one expression per stdin line in, one JSON object per line out.</summary>
internal static class NormalizeCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("normalize", "Normalize Vietnamese numbers, dates or text read from stdin, one per line (optionally TAB + reference date YYYY-MM-DD).");
        command.Add(NormalizeNumberCommand.Create(context));
        command.Add(NormalizeDateCommand.Create(context));
        command.Add(NormalizeTextCommand.Create(context));
        return command;
    }

    /// <summary>Reads stdin line by line and writes exactly one JSON object per input line, in order; never throws on a line.</summary>
    public static async Task<int> RunLinesAsync(
        TextReader input,
        CommandContext context,
        Func<string, string?, object> normalizeLine,
        Func<string, string, object> errorLine,
        CancellationToken cancellationToken)
    {
        string? line;
        while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
        {
            var expression = line;
            string? reference = null;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0)
            {
                expression = line[..tab];
                reference = line[(tab + 1)..].Trim();
            }

            object result;
            try
            {
                result = normalizeLine(expression, reference);
            }
            catch (Exception ex)
            {
                result = errorLine(expression, ex.Message);
            }

            await context.Stdout.WriteLineAsync(JsonSerializer.Serialize(result, JsonLines.Options));
        }

        await context.Stdout.FlushAsync(cancellationToken);
        return CliApp.Ok;
    }
}
