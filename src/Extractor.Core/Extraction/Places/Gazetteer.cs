using System.Collections.Frozen;
using System.Collections.Immutable;
using Extractor.Extraction.Officials;
using Extractor.Facts;
using Extractor.Lexicons;

namespace Extractor.Extraction.Places;

/// <summary>The gazetteer as data: the 63 provinces with their short forms, the 34-province layout since 1 July 2025, and common districts.</summary>
/// <remarks>
/// Loaded from <c>Lexicons/Places/{provinces,districts}.tsv</c>. Old and new names are both searchable; matching
/// ignores case, punctuation and tone-mark placement ("Khánh Hoà" = "Khánh Hòa"). Immutable and thread-safe.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>The day the 34-province layout came into force.</summary>
    public static readonly NodaTime.LocalDate MergerDate = new(2025, 7, 1);

    private static readonly Lazy<Gazetteer> Embedded = new(LoadDefault);

    private readonly FrozenDictionary<string, ImmutableArray<GazetteerEntry>> _byKey;

    private Gazetteer(ImmutableArray<GazetteerEntry> entries)
    {
        Entries = entries;
        var byKey = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var key = PhraseKey.Of(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }

                longest = Math.Max(longest, key.Count(c => c == ' ') + 1);
            }
        }

        // Provinces before districts, so a bare name shared by both ("Hà Tĩnh") reads as the province.
        _byKey = byKey.ToFrozenDictionary(
            x => x.Key,
            x => x.Value.OrderBy(e => e.Level).ToImmutableArray(),
            StringComparer.Ordinal);
        LongestName = longest;
        Names = new PhraseTable<ImmutableArray<GazetteerEntry>>(_byKey);
    }

    /// <summary>Every name and short form, matched over an article's word keys without building strings.</summary>
    internal PhraseTable<ImmutableArray<GazetteerEntry>> Names { get; }

    /// <summary>The gazetteer shipped with the library.</summary>
    public static Gazetteer Default => Embedded.Value;

    /// <summary>Every province (first, in file order) and district.</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>The most words any name or short form has.</summary>
    public int LongestName { get; }

    /// <summary>The 63 provinces and centrally-run cities before 1 July 2025.</summary>
    public IEnumerable<GazetteerEntry> Provinces => Entries.Where(e => e.Level == PlaceLevel.Province);

    /// <summary>The 34 provinces and centrally-run cities in force since 1 July 2025.</summary>
    public IEnumerable<string> ProvincesSinceMerger =>
        Provinces.Select(p => p.MergedInto ?? p.Name).Distinct(StringComparer.Ordinal);

    /// <summary>A gazetteer over the given entries (tests).</summary>
    public static Gazetteer From(IEnumerable<GazetteerEntry> entries) => new([.. entries]);

    /// <summary>Every entry with this name or short form, provinces first; empty when unknown.</summary>
    public ImmutableArray<GazetteerEntry> FindAll(string name) =>
        _byKey.GetValueOrDefault(PhraseKey.Of(name), []);

    /// <summary>The entry with this name or short form (a province before a district), or null.</summary>
    public GazetteerEntry? Find(string name) => FindAll(name) is { Length: > 0 } found ? found[0] : null;

    /// <summary>The province by any of its names, or null: "TP.HCM", "Bình Phước", and the merged names alike.</summary>
    public GazetteerEntry? FindProvince(string name) => FindAll(name).FirstOrDefault(e => e.Level == PlaceLevel.Province);

    /// <summary>The province's name in the layout in force on <paramref name="date"/>: merged names from 1 July 2025, the old ones before.</summary>
    public string ProvinceOn(GazetteerEntry province, NodaTime.LocalDate? date)
    {
        ArgumentNullException.ThrowIfNull(province);
        var name = province.Level == PlaceLevel.Province ? province : FindProvince(province.Province) ?? province;
        return date is { } d && d >= MergerDate && name.MergedInto is { } merged ? merged : name.Name;
    }

    /// <summary>The old provinces merged into a province of the 2025 layout ("Đồng Nai" → Đồng Nai, Bình Phước).</summary>
    public IEnumerable<GazetteerEntry> MergedFrom(string province)
    {
        var key = PhraseKey.Of(province);
        return Provinces.Where(p => p.MergedInto is { } m && PhraseKey.Of(m) == key);
    }

    /// <summary>The number of words of the longest name starting at <paramref name="start"/>, with its entries; 0 when none.</summary>
    /// <param name="words">Words as written (one syllable each).</param>
    public int Match(IReadOnlyList<string> words, int start, out ImmutableArray<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = words.Skip(start).Take(LongestName).Select(PhraseKey.Of).ToList();
        var (length, found) = MatchKeys(keys, 0);
        entries = found;
        return length;
    }

    internal (int Length, ImmutableArray<GazetteerEntry> Entries) MatchKeys(IReadOnlyList<string> keys, int start)
    {
        var max = Math.Min(LongestName, keys.Count - start);
        if (max <= 0)
        {
            return (0, []);
        }

        var window = new string[max];
        for (var i = 0; i < max; i++)
        {
            window[i] = keys[start + i];
        }

        var entries = new ImmutableArray<GazetteerEntry>[max];
        var found = Names.Find(window, entries);
        for (var n = max; n >= 1; n--)
        {
            if ((found & (1UL << (n - 1))) != 0)
            {
                return (n, entries[n - 1]);
            }
        }

        return (0, []);
    }

    private static Gazetteer LoadDefault()
    {
        var entries = new List<GazetteerEntry>();
        foreach (var row in LexiconResource.ReadRows("Places/provinces.tsv"))
        {
            var aliases = row.Column(2).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var merged = row.Column(3);
            entries.Add(new GazetteerEntry(row[0], PlaceLevel.Province, row.Column(1), row[0], [.. aliases], merged.Length == 0 ? null : merged));
        }

        foreach (var row in LexiconResource.ReadRows("Places/districts.tsv"))
        {
            entries.Add(new GazetteerEntry(row[0], PlaceLevel.District, row.Column(1), row.Column(2), [], null));
        }

        return new Gazetteer([.. entries]);
    }
}
