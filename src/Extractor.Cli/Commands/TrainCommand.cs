using System.CommandLine;
using Extractor.Learning.Training;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor train --corpus corpus/ --output models/</c>: retrains the shipped models, byte for byte.</summary>
internal static class TrainCommand
{
    public static Command Create(CommandContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder; its training/ subfolder holds the annotated articles.", DefaultValueFactory = _ => "corpus" };
        var output = new Option<string>("--output", "-o") { Description = "Models folder to write (entity-tagger/v1/model.bin, event-tense/v1/model.bin).", DefaultValueFactory = _ => "models" };
        var command = new Command("train", "Train the learned extractors (entity tagger, event tense classifier) from the annotated training corpus.") { corpus, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new TrainOptions(parse.GetValue(corpus)!, parse.GetValue(output)!);
            try
            {
                var models = await Task.Run(() => new ModelTrainingJob(options).Run(), cancellationToken);
                foreach (var model in models)
                {
                    await context.Stderr.WriteLineAsync($"extractor train: wrote {model.Path} ({model.Bytes:N0} bytes): {model.Description}");
                }

                return CliApp.Ok;
            }
            catch (Exception ex) when (ex is DirectoryNotFoundException or FormatException)
            {
                await context.Stderr.WriteLineAsync($"extractor train: {ex.Message}");
                return CliApp.UsageError;
            }
        });
        return command;
    }
}
