using System.Globalization;
using Extractor.Learning.Abstractions;
using Extractor.Learning.Corpus;
using Extractor.Learning.Features;
using Extractor.Learning.Text;
using Extractor.Learning.Training;

namespace Extractor.Learning.Tagging;

/// <summary>Trains a <see cref="SequenceTaggerModel"/> with the averaged structured perceptron (Collins 2002) over BIO labels.</summary>
/// <remarks>Deterministic: sentences are shuffled each epoch by a seeded generator and ties are broken by label order.</remarks>
public sealed class SequenceTaggerTrainer(TaggerTrainingOptions? options = null, SyllableFeaturizer? featurizer = null)
    : ITrainer<AnnotatedArticle, SequenceTaggerModel>
{
    private readonly TaggerTrainingOptions _options = options ?? new TaggerTrainingOptions();
    private readonly SyllableFeaturizer _featurizer = featurizer ?? SyllableFeaturizer.Default;

    public SequenceTaggerModel Fit(IReadOnlyList<AnnotatedArticle> data)
    {
        var sentences = Prepare(data);
        var L = BioLabels.Count;
        var emissions = new AveragedWeights(L);
        var transitions = new AveragedWeights(L);
        var random = new SeededRandom(_options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var maxLength = sentences.Count == 0 ? 1 : sentences.Max(s => s.Labels.Length);
        var scores = new float[maxLength * L];
        var best = new float[maxLength * L];
        var back = new int[maxLength * L];
        var predicted = new int[maxLength];
        var transitionTable = new float[(L + 1) * L];
        long step = 1;

        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var n = sentence.Labels.Length;
                Score(sentence, emissions, scores);
                for (var p = 0; p <= L; p++)
                {
                    for (var y = 0; y < L; y++)
                    {
                        var row = transitions.Find((ulong)p);
                        transitionTable[(p * L) + y] = row < 0 ? 0f : (float)transitions.Current(row, y);
                    }
                }

                Viterbi.Decode(scores, transitionTable, n, L, best, back, predicted);
                for (var t = 0; t < n; t++)
                {
                    var gold = sentence.Labels[t];
                    var guess = predicted[t];
                    var goldPrevious = t == 0 ? L : sentence.Labels[t - 1];
                    var guessPrevious = t == 0 ? L : predicted[t - 1];
                    if (gold != guess)
                    {
                        foreach (var feature in sentence.Features.AsSpan(t * SyllableFeaturizer.TemplateCount, SyllableFeaturizer.TemplateCount))
                        {
                            emissions.Update(feature, gold, 1, step);
                            emissions.Update(feature, guess, -1, step);
                        }
                    }

                    if (gold != guess || goldPrevious != guessPrevious)
                    {
                        transitions.Update((ulong)goldPrevious, gold, 1, step);
                        transitions.Update((ulong)guessPrevious, guess, -1, step);
                    }
                }

                step++;
            }
        }

        var (index, weights) = emissions.Average(step);
        var (transitionIndex, transitionWeights) = transitions.Average(step);
        var finalTransitions = new float[(L + 1) * L];
        foreach (var (previous, row) in transitionIndex)
        {
            Array.Copy(transitionWeights, row * L, finalTransitions, (int)previous * L, L);
        }

        var info = string.Create(
            CultureInfo.InvariantCulture,
            $"averaged structured perceptron; {data.Count} articles, {sentences.Count} sentences, {sentences.Sum(x => x.Labels.Length)} tokens; {_options.Epochs} epochs; seed {_options.Seed}");
        return new SequenceTaggerModel(_featurizer, index, weights, finalTransitions, info);
    }

    /// <summary>Tokenizes every article, splits sentences, assigns BIO labels from the annotated spans and computes features once.</summary>
    internal List<(ulong[] Features, int[] Labels)> Prepare(IReadOnlyList<AnnotatedArticle> data)
    {
        var result = new List<(ulong[] Features, int[] Labels)>();
        var scratch = new FeatureScratch();
        foreach (var article in data)
        {
            var tokens = SyllableTokenizer.Tokenize(article.Text);
            var labels = LabelsOf(tokens, article.Entities);
            foreach (var sentence in SyllableTokenizer.Sentences(article.Text, tokens))
            {
                var (offset, length) = sentence.GetOffsetAndLength(tokens.Length);
                var features = new ulong[length * SyllableFeaturizer.TemplateCount];
                _featurizer.Extract(article.Text, tokens.AsSpan(offset, length), features, scratch);
                result.Add((features, labels.AsSpan(offset, length).ToArray()));
            }
        }

        return result;
    }

    /// <summary>BIO labels of tokens from entity spans; a token belongs to the entity whose span contains it.</summary>
    internal static int[] LabelsOf(Token[] tokens, IEnumerable<EntityMention> entities)
    {
        var labels = new int[tokens.Length];
        foreach (var entity in entities)
        {
            var first = true;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (entity.Span.Contains(tokens[t].Span))
                {
                    labels[t] = first ? BioLabels.Begin(entity.Kind) : BioLabels.Inside(entity.Kind);
                    first = false;
                }
            }
        }

        return labels;
    }

    private static void Score((ulong[] Features, int[] Labels) sentence, AveragedWeights emissions, float[] scores)
    {
        var L = emissions.Width;
        var n = sentence.Labels.Length;
        Array.Clear(scores, 0, n * L);
        for (var t = 0; t < n; t++)
        {
            for (var k = 0; k < SyllableFeaturizer.TemplateCount; k++)
            {
                var row = emissions.Find(sentence.Features[(t * SyllableFeaturizer.TemplateCount) + k]);
                if (row < 0)
                {
                    continue;
                }

                for (var y = 0; y < L; y++)
                {
                    scores[(t * L) + y] += (float)emissions.Current(row, y);
                }
            }
        }
    }
}
