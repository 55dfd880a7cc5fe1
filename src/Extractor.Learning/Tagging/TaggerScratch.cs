using Extractor.Learning.Features;

namespace Extractor.Learning.Tagging;

/// <summary>Reusable buffers for decoding one sentence at a time, owned by one thread.</summary>
internal sealed class TaggerScratch
{
    public FeatureScratch Features { get; } = new();

    public ulong[] FeatureHashes { get; private set; } = [];

    /// <summary>Per feature, where its weights are (<see cref="FeatureWeightTable.Find"/>).</summary>
    public int[] Found { get; private set; } = [];

    /// <summary>Per token, <see cref="Viterbi.Lanes"/> label scores; the lanes past the labels stay 0.</summary>
    public float[] Scores { get; private set; } = [];

    public float[] Best { get; private set; } = [];

    public int[] Back { get; private set; } = [];

    public int[] Labels { get; private set; } = [];

    public void Ensure(int tokens, int labels)
    {
        if (Labels.Length >= tokens)
        {
            return;
        }

        var size = Math.Max(tokens, Labels.Length * 2);
        FeatureHashes = new ulong[size * SyllableFeaturizer.TemplateCount];
        Found = new int[size * SyllableFeaturizer.TemplateCount];
        var lanes = Math.Max(labels, Viterbi.Lanes);
        Scores = new float[size * lanes];
        Best = new float[size * lanes];
        Back = new int[size * lanes];
        Labels = new int[size];
    }
}
