namespace Extractor.Learning.Features;

/// <summary>Reusable per-sentence buffers of the featurizer, owned by one thread at a time.</summary>
internal sealed class FeatureScratch
{
    public ulong[] Keys { get; private set; } = [];

    public ulong[] Shapes { get; private set; } = [];

    public byte[] Cases { get; private set; } = [];

    public LexiconClass[] Begins { get; private set; } = [];

    public LexiconClass[] Inside { get; private set; } = [];

    public void Ensure(int n)
    {
        if (Keys.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, Keys.Length * 2);
        Keys = new ulong[size];
        Shapes = new ulong[size];
        Cases = new byte[size];
        Begins = new LexiconClass[size];
        Inside = new LexiconClass[size];
    }
}
