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
        CancellationToken cancellationToken,
        bool takesReference = false)
    {
        string? line;
        while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
        {
            var (expression, reference) = SplitReference(line, takesReference);
            object result;
            try
            {
                result = normalizeLine(expression, reference);
            }
            catch (Exception ex)
            {
                result = errorLine(expression, ex.Message);
            }

            await context.Stdout.WriteLineAsync(Serialize(result, expression, errorLine));
        }

        await context.Stdout.FlushAsync(cancellationToken);
        return CliApp.Ok;
    }

    /// <summary>
    /// Splits "expression TAB YYYY-MM-DD". For <c>date</c> everything after the first TAB is the reference (a bad one is
    /// reported on that line); for <c>number</c> and <c>text</c> a TAB ends the expression only when a date follows it,
    /// so a TAB inside a text stays part of the text.
    /// </summary>
    internal static (string Expression, string? Reference) SplitReference(string line, bool takesReference)
    {
        var tab = takesReference ? line.IndexOf('\t', StringComparison.Ordinal) : line.LastIndexOf('\t');
        if (tab < 0)
        {
            return (line, null);
        }

        var reference = line[(tab + 1)..].Trim();
        if (!takesReference && Extractor.Normalization.Dates.DateExpressionParser.ParseReference(reference) is null)
        {
            return (line, null);
        }

        return (line[..tab], reference);
    }

    /// <summary>One JSON line; text no encoder can write (lone surrogates) is replaced by U+FFFD rather than failing the line.</summary>
    private static string Serialize(object result, string expression, Func<string, string, object> errorLine)
    {
        try
        {
            return JsonSerializer.Serialize(result, JsonLines.Options);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or JsonException)
        {
            return JsonSerializer.Serialize(errorLine(Extractor.Normalization.Unicode.TextSafety.ReplaceLoneSurrogates(expression), "the line holds text that cannot be written as JSON: " + ex.Message), JsonLines.Options);
        }
    }

}
