using System.Collections.Frozen;
using System.Collections.Immutable;
using Extractor.Lexicons;

namespace Extractor.Extraction.Officials;

/// <summary>Vietnamese family names (common, rarer and ethnic-minority ones) as data: a person's name starts with one.</summary>
/// <remarks>Loaded from <c>Lexicons/Officials/surnames.tsv</c>; matched by key (case and tone-mark placement ignored). Immutable and thread-safe.</remarks>
public sealed class SurnameLexicon
{
    private static readonly Lazy<SurnameLexicon> Embedded = new(() =>
    {
        var rows = LexiconResource.ReadRows("Officials/surnames.tsv");
        return new SurnameLexicon(
            [.. rows.Select(r => r[0]).Distinct(StringComparer.Ordinal)],
            rows.Where(r => r.Column(1) == "common").Select(r => r[0]));
    });

    private readonly FrozenSet<string> _keys;
    private readonly FrozenSet<string> _commonKeys;

    private SurnameLexicon(ImmutableArray<string> entries, IEnumerable<string>? common = null)
    {
        Entries = entries;
        _keys = entries.Select(PhraseKey.Of).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _commonKeys = (common ?? []).Select(PhraseKey.Of).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The surnames shipped with the library.</summary>
    public static SurnameLexicon Default => Embedded.Value;

    /// <summary>Every surname as written in the data, in file order, without repeats.</summary>
    public ImmutableArray<string> Entries { get; }

    /// <summary>A lexicon over the given surnames (tests, or lists published elsewhere).</summary>
    public static SurnameLexicon From(IEnumerable<string> surnames) => new([.. surnames.Distinct(StringComparer.Ordinal)]);

    /// <summary>True when the syllable, in any case or tone placement ("NGUYỄN", "Nguyễn"), is a known surname.</summary>
    public bool Contains(string syllable) => _keys.Contains(PhraseKey.Of(syllable));

    internal bool ContainsKey(string key) => _keys.Contains(key);

    /// <summary>True for the surnames the data marks common (Nguyễn, Trần, Lê …): a name starting with one after a
    /// place's first syllable is a person ("xã Hàm Ninh Nguyễn Hoàng Khải"), while a rarer one there ("Ninh") is
    /// more likely part of the place's name.</summary>
    internal bool IsCommonKey(string key) => _commonKeys.Contains(key);
}
