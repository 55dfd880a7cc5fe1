using System.CommandLine;
using Extractor.Normalization.Dates;
using NodaTime;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor normalize date [--reference YYYY-MM-DD]</c>: one date expression per stdin line, one JSON object per line out.</summary>
internal static class NormalizeDateCommand
{
    public static Command Create(CommandContext context)
    {
        var reference = new Option<string?>("--reference") { Description = "The default reference date YYYY-MM-DD that year-less and relative expressions are resolved against." };
        var command = new Command("date", "Normalize date expressions read from stdin (each line optionally followed by TAB and a reference date YYYY-MM-DD).") { reference };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(reference);
            var options = new NormalizeDateOptions(DateExpressionParser.ParseReference(text));
            if (!string.IsNullOrWhiteSpace(text) && options.Reference is null)
            {
                await context.Stderr.WriteLineAsync($"extractor normalize date: --reference is not a date YYYY-MM-DD: {text}");
                return CliApp.UsageError;
            }

            return await NormalizeCommand.RunLinesAsync(
                Console.In,
                context,
                (line, lineReference) => Normalize(line, lineReference, options),
                (line, error) => Failure(line, error),
                cancellationToken,
                takesReference: true);
        });
        return command;
    }

    private static object Normalize(string line, string? lineReference, NormalizeDateOptions options)
    {
        LocalDate? reference = options.Reference;
        if (!string.IsNullOrWhiteSpace(lineReference))
        {
            reference = DateExpressionParser.ParseReference(lineReference);
            if (reference is null)
            {
                return Failure(line, "the reference date is not YYYY-MM-DD: " + lineReference);
            }
        }

        var result = DateExpressionParser.Parse(line, reference);
        if (result.Value is not { } value)
        {
            return Failure(line, result.Error ?? "unreadable");
        }

        return new { input = line, start = value.StartIso, end = value.EndIso, granularity = value.Granularity.ToString().ToLowerInvariant() };
    }

    private static object Failure(string line, string error) =>
        new { input = line, start = (string?)null, end = (string?)null, granularity = (string?)null, error };
}
