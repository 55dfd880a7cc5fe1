using System.CommandLine;
using Extractor.Normalization;
using Extractor.Normalization.Unicode;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor normalize text</c>: one text per stdin line in, its canonical form and search key out.</summary>
internal static class NormalizeTextCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("text", "Normalize text read from stdin: {input, text, search_key}.");
        command.SetAction((_, cancellationToken) => NormalizeCommand.RunLinesAsync(
            Console.In,
            context,
            (expression, _) => ToLine(expression),
            (expression, error) => new { input = expression, text = (string?)null, search_key = (string?)null, error },
            cancellationToken));
        return command;
    }

    private static object ToLine(string input)
    {
        var text = VietnameseText.NormalizeExpression(input).Text;
        return new { input, text, search_key = SearchKey.Of(text) };
    }
}
