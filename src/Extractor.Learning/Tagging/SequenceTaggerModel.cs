using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Extractor.Documents;
using Extractor.Learning.Abstractions;
using Extractor.Learning.Features;
using Extractor.Learning.Models;
using Extractor.Learning.Text;

namespace Extractor.Learning.Tagging;

/// <summary>A trained averaged-perceptron sequence tagger: finds people, titles, organizations, places and figure units in text.</summary>
/// <remarks>Immutable and thread-safe; decoding is Viterbi over BIO labels, one sentence at a time.</remarks>
public sealed class SequenceTaggerModel : ITransformer<string, ImmutableArray<EntityMention>>
{
    /// <summary>The kind string written into model files.</summary>
    public const string Kind = "sequence-tagger";

    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly int _labelCount;
    private readonly FeatureWeightTable _table;

    /// <summary>The transitions laid out for <see cref="Viterbi.DecodePadded"/>.</summary>
    private readonly float[] _paddedTransitions;

    [ThreadStatic]
    private static TaggerScratch? t_scratch;

    internal SequenceTaggerModel(SyllableFeaturizer featurizer, Dictionary<ulong, int> index, float[] weights, float[] transitions, string trainingInfo)
    {
        Featurizer = featurizer;
        _index = index;
        _weights = weights;
        _transitions = transitions;
        _labelCount = BioLabels.Count;
        _table = new FeatureWeightTable(index, weights, _labelCount);
        _paddedTransitions = Viterbi.PadTransitions(transitions, _labelCount);
        TrainingInfo = trainingInfo;
    }

    public SyllableFeaturizer Featurizer { get; }

    /// <summary>How the model was trained (examples, epochs, seed), as recorded in the file.</summary>
    public string TrainingInfo { get; }

    /// <summary>Number of distinct features with a weight.</summary>
    public int FeatureCount => _index.Count;

    /// <summary>Tags the whole text.</summary>
    public ImmutableArray<EntityMention> Transform(string input) => Tag(input, new TextSpan(0, input.Length));

    /// <summary>Tags the characters of <paramref name="text"/> inside <paramref name="range"/>; spans point into <paramref name="text"/>.</summary>
    public ImmutableArray<EntityMention> Tag(string text, TextSpan range)
    {
        var tokens = SyllableTokenizer.Tokenize(text, range);
        var result = ImmutableArray.CreateBuilder<EntityMention>();
        var scratch = t_scratch ??= new TaggerScratch();
        foreach (var sentence in SyllableTokenizer.Sentences(text, tokens))
        {
            var (offset, length) = sentence.GetOffsetAndLength(tokens.Length);
            var span = tokens.AsSpan(offset, length);
            var labels = Decode(text, span, scratch);
            AppendMentions(span, labels, result);
        }

        return result.ToImmutable();
    }

    /// <summary>Counts syllables tagged: the unit of the speed benchmark.</summary>
    internal int TagTokens(string text, ReadOnlySpan<Token> sentence)
    {
        Decode(text, sentence, t_scratch ??= new TaggerScratch());
        return sentence.Length;
    }

    /// <remarks>
    /// Scores are built in two passes: every feature of the sentence is looked up first, then the weights found are added,
    /// token by token in template order, so each label's score gets the same additions in the same order as one
    /// <see cref="FeatureWeightTable.AddTo"/> per feature (the same bits, the same labels), while the lookups, which
    /// mostly miss the caches, overlap instead of each waiting for the additions before it. Rows are
    /// <see cref="Viterbi.Lanes"/> wide so Viterbi can take eight labels at a time.
    /// </remarks>
    internal ReadOnlySpan<int> Decode(string text, ReadOnlySpan<Token> tokens, TaggerScratch scratch)
    {
        var n = tokens.Length;
        var L = _labelCount;
        scratch.Ensure(n, L);
        var features = scratch.FeatureHashes.AsSpan(0, n * SyllableFeaturizer.TemplateCount);
        Featurizer.Extract(text, tokens, features, scratch.Features);
        var table = _table;
        var found = scratch.Found.AsSpan(0, features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            found[i] = table.Find(features[i]);
        }

        const int Lanes = Viterbi.Lanes;
        var scores = scratch.Scores.AsSpan(0, n * Lanes);
        scores.Clear();
        for (var t = 0; t < n; t++)
        {
            var row = scores.Slice(t * Lanes, L);
            foreach (var at in found.Slice(t * SyllableFeaturizer.TemplateCount, SyllableFeaturizer.TemplateCount))
            {
                if (at != FeatureWeightTable.Missing)
                {
                    table.AddAt(at, row);
                }
            }
        }

        var labels = scratch.Labels.AsSpan(0, n);
        Viterbi.DecodePadded(scores, _paddedTransitions, _transitions, n, L, scratch.Best, scratch.Back, labels);
        return labels;
    }

    private static void AppendMentions(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> labels, ImmutableArray<EntityMention>.Builder result)
    {
        var t = 0;
        while (t < tokens.Length)
        {
            var label = labels[t];
            if (label == 0)
            {
                t++;
                continue;
            }

            var kind = BioLabels.KindOf(label);
            var end = t + 1;
            while (end < tokens.Length && labels[end] == BioLabels.Inside(kind))
            {
                end++;
            }

            result.Add(new EntityMention(kind, new TextSpan(tokens[t].Span.Start, tokens[end - 1].Span.End)));
            t = end;
        }
    }

    /// <summary>Writes the model; the bytes depend only on the weights, so equal models give equal files.</summary>
    public void Save(Stream stream)
    {
        using var writer = ModelFile.CreateWriter(stream, Kind, Featurizer.FeatureSetId);
        writer.Write(_labelCount);
        foreach (var name in BioLabels.Names)
        {
            writer.Write(name);
        }

        writer.Write(TrainingInfo);
        ModelFile.WriteWeights(writer, _index, _weights, _labelCount);

        foreach (var w in _transitions)
        {
            writer.Write(w);
        }
    }

    /// <exception cref="InvalidDataException">The file is not a tagger model this build can use.</exception>
    public static SequenceTaggerModel Load(Stream stream, SyllableFeaturizer? featurizer = null)
    {
        featurizer ??= SyllableFeaturizer.Default;
        using var reader = ModelFile.OpenReader(stream, Kind, featurizer.FeatureSetId);
        var labelCount = reader.ReadInt32();
        if (labelCount != BioLabels.Count)
        {
            throw new InvalidDataException($"model has {labelCount} labels; this build uses {BioLabels.Count}");
        }

        for (var y = 0; y < labelCount; y++)
        {
            var name = reader.ReadString();
            if (name != BioLabels.Names[y])
            {
                throw new InvalidDataException($"model label {y} is '{name}', expected '{BioLabels.Names[y]}'");
            }
        }

        var info = reader.ReadString();
        var count = reader.ReadInt32();
        var keys = ReadArray<ulong>(reader, count);
        var weights = ReadArray<float>(reader, count * labelCount);
        var transitions = ReadArray<float>(reader, (labelCount + 1) * labelCount);
        var index = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            index.Add(keys[i], i);
        }

        return new SequenceTaggerModel(featurizer, index, weights, transitions, info);
    }

    public static SequenceTaggerModel Load(string path, SyllableFeaturizer? featurizer = null)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, featurizer);
    }

    internal static T[] ReadArray<T>(BinaryReader reader, int count)
        where T : unmanaged
    {
        var result = new T[count];
        var bytes = MemoryMarshal.AsBytes(result.AsSpan());
        try
        {
            // BinaryReader reads no further ahead than asked, so the base stream is positioned right here.
            reader.BaseStream.ReadExactly(bytes);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("model file is truncated", ex);
        }

        return result;
    }
}
