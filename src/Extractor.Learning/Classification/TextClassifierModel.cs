using System.Collections.Immutable;
using Extractor.Learning.Abstractions;
using Extractor.Learning.Models;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Classification;

/// <summary>A trained averaged-perceptron sentence classifier (here: is an event sentence reported or planned).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TextClassifierModel : ITransformer<string, ClassPrediction>
{
    /// <summary>The kind string written into model files.</summary>
    public const string Kind = "text-classifier";

    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _weights;

    internal TextClassifierModel(ImmutableArray<string> labels, Dictionary<ulong, int> index, float[] weights, string trainingInfo)
    {
        Labels = labels;
        _index = index;
        _weights = weights;
        TrainingInfo = trainingInfo;
    }

    public ImmutableArray<string> Labels { get; }

    public string TrainingInfo { get; }

    public ClassPrediction Transform(string input) => Classify(SentenceFeaturizer.Extract(input));

    internal ClassPrediction Classify(IReadOnlyList<ulong> features)
    {
        var scores = Scores(features);
        var best = 0;
        for (var y = 1; y < scores.Length; y++)
        {
            if (scores[y] > scores[best])
            {
                best = y;
            }
        }

        var runnerUp = double.NegativeInfinity;
        for (var y = 0; y < scores.Length; y++)
        {
            if (y != best && scores[y] > runnerUp)
            {
                runnerUp = scores[y];
            }
        }

        return new ClassPrediction(Labels[best], scores.Length == 1 ? 0 : scores[best] - runnerUp);
    }

    private double[] Scores(IReadOnlyList<ulong> features)
    {
        var L = Labels.Length;
        var scores = new double[L];
        foreach (var feature in features)
        {
            if (_index.TryGetValue(feature, out var f))
            {
                for (var y = 0; y < L; y++)
                {
                    scores[y] += _weights[(f * L) + y];
                }
            }
        }

        return scores;
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFile.CreateWriter(stream, Kind, SentenceFeaturizer.FeatureSetId);
        writer.Write(Labels.Length);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        writer.Write(TrainingInfo);
        ModelFile.WriteWeights(writer, _index, _weights, Labels.Length);
    }

    /// <exception cref="InvalidDataException">The file is not a classifier model this build can use.</exception>
    public static TextClassifierModel Load(Stream stream)
    {
        using var reader = ModelFile.OpenReader(stream, Kind, SentenceFeaturizer.FeatureSetId);
        var labelCount = reader.ReadInt32();
        var labels = ImmutableArray.CreateBuilder<string>(labelCount);
        for (var y = 0; y < labelCount; y++)
        {
            labels.Add(reader.ReadString());
        }

        var info = reader.ReadString();
        var count = reader.ReadInt32();
        var keys = SequenceTaggerModel.ReadArray<ulong>(reader, count);
        var weights = SequenceTaggerModel.ReadArray<float>(reader, count * labelCount);
        var index = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            index.Add(keys[i], i);
        }

        return new TextClassifierModel(labels.MoveToImmutable(), index, weights, info);
    }

    public static TextClassifierModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }
}
