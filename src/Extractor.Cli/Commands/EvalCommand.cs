using System.CommandLine;
using Extractor.Evaluation;
using Extractor.Jobs;
using Extractor.Jobs.Evaluate;
using Extractor.Jobs.Inputs;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval --gold DIR</c>: precision, recall and F1 against annotated articles.</summary>
internal static class EvalCommand
{
    public static Command Create(CommandContext context)
    {
        var gold = new Option<string>("--gold") { Description = "Folder of NNN.txt + NNN.gold.json pairs (searched recursively).", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "JSON Lines of earlier output; without it, extraction runs on the gold folder's texts." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var details = new Option<bool>("--details") { Description = "List every miss and extra per article." };
        var extractors = new Option<string>("--extractors") { Description = "rules, ml or rules+ml.", DefaultValueFactory = _ => "rules+ml" };
        extractors.AcceptOnlyFromAmong(ExtractorSetNames.All);

        var command = new Command("eval", "Score extraction against gold annotations (officials, titles, figures, events, published, authors).") { gold, predictions, json, details, extractors };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new EvaluateOptions
            {
                GoldDirectory = parse.GetValue(gold)!,
                PredictionsPath = parse.GetValue(predictions),
                Extractors = ExtractorChoice.Parse(parse.GetValue(extractors)),
            };
            try
            {
                var report = await new EvaluateJob(options).RunAsync(cancellationToken);
                if (parse.GetValue(json))
                {
                    await context.Stdout.WriteLineAsync(ReportWriter.Json(report, parse.GetValue(details)));
                }
                else
                {
                    await context.Stdout.WriteAsync(ReportWriter.Table(report));
                    if (parse.GetValue(details))
                    {
                        await context.Stdout.WriteAsync(ReportWriter.Details(report));
                    }
                }

                return CliApp.Ok;
            }
            catch (InputNotFoundException ex)
            {
                await context.Stderr.WriteLineAsync($"extractor eval: {ex.Message}");
                return CliApp.UsageError;
            }
        });
        return command;
    }
}
