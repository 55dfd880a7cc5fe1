using System.CommandLine;
using Extractor.Normalization.Numerals;
using Extractor.Output;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor normalize number</c>: one number expression per stdin line, one JSON object per line out.</summary>
internal static class NormalizeNumberCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("number", "Normalize number expressions read from stdin: {input, value, of, kind, qualifier, unit}.");
        command.SetAction((_, cancellationToken) => NormalizeCommand.RunLinesAsync(
            Console.In,
            context,
            (expression, _) => ToLine(expression, VietnameseNumber.Parse(expression)),
            (expression, error) => ErrorLine(expression, error),
            cancellationToken));
        return command;
    }

    private static object ToLine(string input, NumberParseResult result)
    {
        if (result.Reading is not { } reading || result.Error is not null)
        {
            return ErrorLine(input, result.Error ?? "no number found");
        }

        return new
        {
            input,
            value = reading.Value,
            of = reading.Of,
            kind = ArticleRecordMapper.KindName(reading.Kind),
            qualifier = reading.Qualifier,
            unit = reading.Unit,
        };
    }

    private static object ErrorLine(string input, string error) =>
        new { input, value = (decimal?)null, of = (decimal?)null, kind = (string?)null, qualifier = (string?)null, unit = (string?)null, error };
}
