using System.Collections.Concurrent;

namespace Extractor.Pipeline;

/// <summary>Results computed from short strings, remembered across articles and threads, in bounded memory.</summary>
/// <remarks>
/// News text repeats a few thousand words and pages repeat their class names, so the costly per-string work (keys, tone
/// folding, hint classification) is done once per spelling. An archive also holds millions of one-off strings: when the
/// table is full it is emptied, so memory stays flat and the strings a run repeats are remembered again at once. The
/// entry count is kept by a counter because the dictionary's own count takes every lock, on the path of each new string.
/// </remarks>
public sealed class BoundedMemo<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _capacity;
    private readonly int _maxKeyLength;
    private int _count;

    /// <param name="capacity">The most strings remembered at once.</param>
    /// <param name="maxKeyLength">Longer strings are computed every time (they rarely repeat and would fill memory).</param>
    public BoundedMemo(int capacity, int maxKeyLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _maxKeyLength = maxKeyLength;
        _bySpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of strings remembered now (at most the capacity).</summary>
    public int Count => Math.Min(Volatile.Read(ref _count), _capacity);

    public TValue GetOrAdd(string key, Func<string, TValue> compute)
    {
        if (key.Length > _maxKeyLength)
        {
            return compute(key);
        }

        return _known.TryGetValue(key, out var known) ? known : Add(key, compute(key));
    }

    /// <summary>Looks a span up without making a string of it; only a new spelling allocates one.</summary>
    public TValue GetOrAdd(ReadOnlySpan<char> key, Func<string, TValue> compute)
    {
        if (key.Length <= _maxKeyLength && _bySpan.TryGetValue(key, out var known))
        {
            return known;
        }

        var text = key.ToString();
        var value = compute(text);
        return text.Length > _maxKeyLength ? value : Add(text, value);
    }

    private TValue Add(string key, TValue value)
    {
        if (Volatile.Read(ref _count) >= _capacity)
        {
            // Racing threads may both clear; either way the table stays bounded and only memoized values are lost.
            _known.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_known.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
