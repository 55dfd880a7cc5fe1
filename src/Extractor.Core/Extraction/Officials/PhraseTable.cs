using System.Collections.Frozen;

namespace Extractor.Extraction.Officials;

/// <summary>A lexicon of multi-word phrases keyed by <see cref="PhraseKey"/>, matched against an article's word keys without building strings.</summary>
/// <remarks>
/// The grammar asks "which phrases start at this word?" for nearly every word of every article. The words' keys
/// are joined into a stack buffer and looked up by span, and the walk stops as soon as the words read so far begin
/// no phrase of the lexicon, so a typical word costs one or two lookups. Immutable and thread-safe.
/// </remarks>
internal sealed class PhraseTable<TValue>
{
    private const int StackChars = 256;

    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _openings;

    public PhraseTable(FrozenDictionary<string, TValue> phrases)
    {
        _phrases = phrases.GetAlternateLookup<ReadOnlySpan<char>>();

        // Every key cut just before one of its spaces: the words read so far may still grow into a phrase.
        var openings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in phrases.Keys)
        {
            for (var i = key.IndexOf(' ', StringComparison.Ordinal); i > 0; i = key.IndexOf(' ', i + 1))
            {
                openings.Add(key[..i]);
            }
        }

        _openings = openings.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>For each n in 1..keys.Length, whether keys[0..n) joined by spaces is a phrase: bit n - 1 of the result.</summary>
    public ulong Find(ReadOnlySpan<string> keys) => Find(keys, []);

    /// <summary>
    /// For each n in 1..keys.Length, whether keys[0..n) joined by spaces (empty keys left out, as
    /// <see cref="PhraseKey.Join"/> does) is a phrase: bit n - 1 of the result, with its value in values[n - 1].
    /// </summary>
    public ulong Find(ReadOnlySpan<string> keys, Span<TValue> values)
    {
        var total = keys.Length;
        foreach (var key in keys)
        {
            total += key.Length;
        }

        Span<char> buffer = total <= StackChars ? stackalloc char[StackChars] : new char[total];
        var length = 0;
        ulong found = 0;
        for (var n = 1; n <= keys.Length && n <= 64; n++)
        {
            var key = keys[n - 1];
            if (key.Length > 0)
            {
                if (length > 0)
                {
                    buffer[length++] = ' ';
                }

                key.CopyTo(buffer[length..]);
                length += key.Length;
            }

            if (length == 0)
            {
                continue;
            }

            var joined = buffer[..length];
            if (_phrases.TryGetValue(joined, out var value))
            {
                found |= 1UL << (n - 1);
                if (!values.IsEmpty)
                {
                    values[n - 1] = value;
                }
            }

            if (!_openings.Contains(joined))
            {
                break;
            }
        }

        return found;
    }
}
