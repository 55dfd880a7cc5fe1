using Extractor.Learning.Features;

namespace Extractor.Learning.Tagging;

/// <summary>Reusable buffers for decoding one sentence at a time, owned by one thread.</summary>
internal sealed class TaggerScratch
{
    public FeatureScratch Features { get; } = new();

    public ulong[] FeatureHashes { get; private set; } = [];

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
        Scores = new float[size * labels];
        Best = new float[size * labels];
        Back = new int[size * labels];
        Labels = new int[size];
    }
}
