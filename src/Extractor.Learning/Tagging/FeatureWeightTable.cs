using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Extractor.Learning.Tagging;

/// <summary>The tagger's label weights per feature, each feature's key stored beside its weights in one open-addressed table.</summary>
/// <remarks>
/// Scoring a token looks up every one of its features, and almost every lookup misses the processor's caches: through a
/// dictionary it is three dependent reads (bucket, entry, weight row), here it is one read of one 64-byte slot, whose
/// address is known from the feature alone, so the lookups of a token overlap. The weights are the model's own floats,
/// added in the same order, so scores are bit for bit those of the dictionary. Immutable and thread-safe.
/// </remarks>
internal sealed class FeatureWeightTable
{
    /// <summary>Floats per slot: the key (two floats' worth of bits), the label weights, padding to a cache line.</summary>
    private readonly int _stride;
    private readonly int _mask;
    private readonly int _labels;
    private readonly float[] _slots;

    /// <summary>Per slot, 16 bits of its key (never 0; 0 is an empty slot): a small array that stays in cache, so a feature the model does not know, the common case, is turned away without touching the slots.</summary>
    private readonly ushort[] _fingerprints;
    private readonly int _origin;

    /// <summary>The weights of the feature whose key is 0, which the table cannot hold (0 marks an empty slot); null when none.</summary>
    private readonly float[]? _zero;

    public FeatureWeightTable(Dictionary<ulong, int> index, float[] weights, int labels)
    {
        _labels = labels;
        _stride = ((2 + labels + 15) / 16) * 16;
        var capacity = 16;
        while (capacity < index.Count * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;

        // Pinned, so the slots can be aligned to cache lines once and stay there.
        _slots = GC.AllocateArray<float>((capacity * _stride) + 16, pinned: true);
        _fingerprints = new ushort[capacity];
        _origin = AlignedOrigin(_slots);
        foreach (var (key, feature) in index)
        {
            var row = weights.AsSpan(feature * labels, labels);
            if (key == 0)
            {
                _zero = row.ToArray();
                continue;
            }

            var slot = (int)key & _mask;
            while (_fingerprints[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _fingerprints[slot] = Fingerprint(key);
            var at = _origin + (slot * _stride);
            MemoryMarshal.Write(MemoryMarshal.AsBytes(_slots.AsSpan(at, 2)), key);
            row.CopyTo(_slots.AsSpan(at + 2, labels));
        }
    }

    /// <summary>What <see cref="Find"/> answers for a feature the model does not know.</summary>
    public const int Missing = -1;

    /// <summary>What <see cref="Find"/> answers for the feature whose key is 0, held apart from the slots.</summary>
    private const int ZeroKey = -2;

    /// <summary>Where the weights of <paramref name="feature"/> are, for <see cref="AddAt"/>; <see cref="Missing"/> when the model does not know it.</summary>
    /// <remarks>
    /// The same probe as <see cref="AddTo"/>, but without the additions: a sentence's features are all looked up first and
    /// their weights added after, so the cache misses of many lookups are in flight at once instead of each waiting
    /// behind the additions into the previous one. A found key almost always matches, so the processor runs ahead of
    /// the slot's read rather than waiting for it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong feature)
    {
        if (feature == 0)
        {
            return _zero is null ? Missing : ZeroKey;
        }

        // Unchecked reads: a slot is masked into the table, and every slot has its key and label weights, so no index can
        // leave the arrays; the bounds checks the runtime would add are a third of the lookup's instructions.
        var mask = _mask;
        var slot = (int)feature & mask;
        var fingerprint = Fingerprint(feature);
        ref var fingerprints = ref MemoryMarshal.GetArrayDataReference(_fingerprints);
        ref var slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _origin);
        while (true)
        {
            var held = Unsafe.Add(ref fingerprints, slot);
            if (held == 0)
            {
                return Missing;
            }

            var at = slot * _stride;
            if (held == fingerprint && Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<float, byte>(ref Unsafe.Add(ref slots, at))) == feature)
            {
                return _origin + at + 2;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds the weights <see cref="Find"/> located to <paramref name="scores"/>, exactly as <see cref="AddTo"/> would.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAt(int found, Span<float> scores)
    {
        if (found == ZeroKey)
        {
            Add(_zero!, scores);
        }
        else
        {
            Add(_slots.AsSpan(found, _labels), scores);
        }
    }

    /// <summary>Adds the weights of <paramref name="feature"/> to <paramref name="scores"/>, label by label; nothing when the model does not know it.</summary>
    /// <remarks>The one-step reference that <see cref="Find"/> then <see cref="AddAt"/> must match bit for bit; tagging uses the two steps.</remarks>
    public void AddTo(ulong feature, Span<float> scores)
    {
        ReadOnlySpan<float> weights;
        if (feature == 0)
        {
            if (_zero is null)
            {
                return;
            }

            weights = _zero;
        }
        else
        {
            var slot = (int)feature & _mask;
            var fingerprint = Fingerprint(feature);
            while (true)
            {
                var held = _fingerprints[slot];
                if (held == 0)
                {
                    return;
                }

                if (held == fingerprint && KeyAt(slot) == feature)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }

            weights = _slots.AsSpan(_origin + (slot * _stride) + 2, _labels);
        }

        Add(weights, scores);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ReadOnlySpan<float> weights, Span<float> scores)
    {
        // Eight labels at a time: each label's sum gets the same additions in the same order, so the same bits.
        var y = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; y + 8 <= weights.Length; y += 8)
            {
                var sum = Vector256.Create((ReadOnlySpan<float>)scores.Slice(y, 8)) + Vector256.Create(weights.Slice(y, 8));
                sum.CopyTo(scores.Slice(y, 8));
            }
        }

        for (; y < weights.Length; y++)
        {
            scores[y] += weights[y];
        }
    }

    private static ushort Fingerprint(ulong key) => (ushort)((key >> 48) | 1);

    private ulong KeyAt(int slot) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(_slots.AsSpan(_origin + (slot * _stride), 2)));

    private static int AlignedOrigin(float[] pinned)
    {
        // The array lives on the pinned heap, so its address read through a handle stays true after the handle is freed.
        var handle = GCHandle.Alloc(pinned, GCHandleType.Pinned);
        try
        {
            var misalignment = (int)(handle.AddrOfPinnedObject() & 63);
            return misalignment == 0 ? 0 : (64 - misalignment) / sizeof(float);
        }
        finally
        {
            handle.Free();
        }
    }
}
