using Extractor.Evaluation;
using Extractor.Jobs.Extract;
using Extractor.Output;

namespace Extractor.Jobs.Evaluate;

/// <summary>What <c>extractor eval</c> was asked to do.</summary>
public sealed record EvaluateOptions
{
    public required string GoldDirectory { get; init; }

    /// <summary>A JSON Lines file of earlier predictions; null runs extraction over the gold folder's texts.</summary>
    public string? PredictionsPath { get; init; }

    public ExtractorSet Extractors { get; init; } = ExtractorSet.RulesAndMl;

    public int Jobs { get; init; } = Environment.ProcessorCount;
}

/// <summary>Scores predictions (given, or made on the spot) against a folder of gold annotations.</summary>
public sealed class EvaluateJob(EvaluateOptions options)
{
    /// <exception cref="Inputs.InputNotFoundException">The gold folder or predictions file does not exist.</exception>
    public async Task<EvaluationReport> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(options.GoldDirectory))
        {
            throw new Inputs.InputNotFoundException(options.GoldDirectory);
        }

        var gold = GoldArticle.LoadDirectory(options.GoldDirectory);
        IReadOnlyList<ArticleRecord> predictions;
        if (options.PredictionsPath is { } path)
        {
            if (!File.Exists(path))
            {
                throw new Inputs.InputNotFoundException(path);
            }

            predictions = JsonLines.ReadFile(path).ToList();
        }
        else
        {
            var texts = gold.Where(g => g.TextPath is not null).Select(g => g.TextPath!).ToList();
            predictions = await PredictAsync(texts, cancellationToken).ConfigureAwait(false);
        }

        return Scorer.Score(gold, predictions);
    }

    private async Task<IReadOnlyList<ArticleRecord>> PredictAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var records = new List<ArticleRecord>();
        var job = new ExtractJob(new ExtractOptions { Paths = texts, Extractors = options.Extractors, Jobs = options.Jobs });
        job.RecordWritten += records.Add;
        await job.RunAsync(TextWriter.Null, cancellationToken).ConfigureAwait(false);
        return records;
    }
}
