using System.Collections.Immutable;
using System.Globalization;
using Extractor.Learning.Abstractions;
using Extractor.Learning.Training;

namespace Extractor.Learning.Classification;

/// <summary>Trains a <see cref="TextClassifierModel"/>: a multi-class averaged perceptron over sentence features.</summary>
/// <remarks>Deterministic: labels are ordered ordinally, examples shuffled by a seeded generator, ties go to the first label.</remarks>
public sealed class TextClassifierTrainer(ClassifierTrainingOptions? options = null) : ITrainer<LabeledText, TextClassifierModel>
{
    private readonly ClassifierTrainingOptions _options = options ?? new ClassifierTrainingOptions();

    public TextClassifierModel Fit(IReadOnlyList<LabeledText> data)
    {
        var labels = data.Select(d => d.Label).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        if (labels.Length < 2)
        {
            throw new ArgumentException("a classifier needs examples of at least two labels", nameof(data));
        }

        var L = labels.Length;
        var examples = data.Select(d => (Features: SentenceFeaturizer.Extract(d.Text), Label: labels.IndexOf(d.Label))).ToArray();
        var weights = new AveragedWeights(L);
        var random = new SeededRandom(_options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var scores = new double[L];
        long step = 1;
        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (features, gold) = examples[e];
                Array.Clear(scores);
                foreach (var feature in features)
                {
                    var row = weights.Find(feature);
                    if (row >= 0)
                    {
                        for (var y = 0; y < L; y++)
                        {
                            scores[y] += weights.Current(row, y);
                        }
                    }
                }

                var guess = 0;
                for (var y = 1; y < L; y++)
                {
                    if (scores[y] > scores[guess])
                    {
                        guess = y;
                    }
                }

                if (guess != gold)
                {
                    foreach (var feature in features)
                    {
                        weights.Update(feature, gold, 1, step);
                        weights.Update(feature, guess, -1, step);
                    }
                }

                step++;
            }
        }

        var (index, averaged) = weights.Average(step);
        var info = string.Create(
            CultureInfo.InvariantCulture,
            $"averaged perceptron; {examples.Length} sentences ({string.Join(", ", labels.Select(l => $"{data.Count(d => d.Label == l)} {l}"))}); {_options.Epochs} epochs; seed {_options.Seed}");
        return new TextClassifierModel(labels, index, averaged, info);
    }
}
