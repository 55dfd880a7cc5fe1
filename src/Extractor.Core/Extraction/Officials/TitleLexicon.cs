using System.Collections.Frozen;
using System.Collections.Immutable;
using Extractor.Facts;
using Extractor.Lexicons;

namespace Extractor.Extraction.Officials;

/// <summary>The title lexicon as data: offices, bodies, levels, ranks, honorifics and abbreviations, shared by the rules and the learned tagger.</summary>
/// <remarks>
/// Loaded from <c>Lexicons/Officials/*.tsv</c>. Phrases are matched by key (case, punctuation and tone-mark
/// placement ignored: "Uỷ viên" = "Ủy viên"), longest first. Immutable and thread-safe.
/// </remarks>
public sealed class TitleLexicon
{
    private static readonly Lazy<TitleLexicon> Embedded = new(LoadDefault);

    private readonly FrozenDictionary<string, TitleWordClass> _classes;
    private readonly FrozenDictionary<string, string> _expansions;
    private readonly FrozenDictionary<string, PlaceLevel> _markerLevels;

    private TitleLexicon(
        ImmutableArray<TitleLexiconEntry> entries,
        IEnumerable<string>? stops = null,
        IEnumerable<(string Word, bool Anchor)>? cues = null,
        IEnumerable<(string Phrase, string Kind)>? boundaries = null)
    {
        Entries = entries;
        var boundaryList = (boundaries ?? []).ToList();
        FrozenSet<string> BoundaryKeys(string kind) =>
            boundaryList.Where(b => b.Kind == kind).Select(b => PhraseKey.Of(b.Phrase)).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        NamesakeKeys = BoundaryKeys("namesake");
        UnitKeys = BoundaryKeys("unit");
        CommitteeKeys = BoundaryKeys("committee");
        OccasionKeys = BoundaryKeys("occasion");
        SlotSurnameKeys = BoundaryKeys("slot-surname");
        JoinerKeys = BoundaryKeys("joiner");
        ParentKeys = BoundaryKeys("parent");
        ProgrammeKeys = BoundaryKeys("programme");
        CompoundKeys = BoundaryKeys("compound");
        StatusKeys = BoundaryKeys("status");
        NumberedUnitKeys = BoundaryKeys("numbered");
        RemitKeys = BoundaryKeys("remit");
        LongestRemit = RemitKeys.Select(k => k.Split(' ').Length).DefaultIfEmpty(0).Max();
        PortfolioKeys = BoundaryKeys("portfolio");
        FirmKeys = BoundaryKeys("firm");
        var boundaryKeys = boundaryList.Select(b => PhraseKey.Of(b.Phrase)).Where(k => k.Length > 0).ToList();
        BoundaryFirstKeys = boundaryKeys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        BoundaryLastKeys = boundaryKeys.Select(k => k.Split(' ')[^1]).ToFrozenSet(StringComparer.Ordinal);
        StopKeys = (stops ?? []).Select(PhraseKey.Of).ToFrozenSet(StringComparer.Ordinal);
        var cueList = (cues ?? []).ToList();
        CueKeys = cueList.Select(c => PhraseKey.Of(c.Word)).ToFrozenSet(StringComparer.Ordinal);
        CueAnchorKeys = cueList.Where(c => c.Anchor).Select(c => PhraseKey.Of(c.Word)).ToFrozenSet(StringComparer.Ordinal);
        var classes = new Dictionary<string, TitleWordClass>(StringComparer.Ordinal);
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        var markerLevels = new Dictionary<string, PlaceLevel>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var entry in entries)
        {
            var key = PhraseKey.Of(entry.Phrase);
            if (key.Length == 0)
            {
                continue;
            }

            classes[key] = classes.GetValueOrDefault(key) | entry.Class;
            if (entry.PlaceLevel is { } level)
            {
                markerLevels.TryAdd(key, level);
            }

            if (entry.Expansion is { Length: > 0 } expansion)
            {
                expansions.TryAdd(key, expansion);
            }

            longest = Math.Max(longest, key.Count(c => c == ' ') + 1);
        }

        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        Phrases = new PhraseTable<TitleWordClass>(_classes);
        _expansions = expansions.ToFrozenDictionary(StringComparer.Ordinal);
        _markerLevels = markerLevels.ToFrozenDictionary(StringComparer.Ordinal);
        LongestPhrase = longest;
    }

    /// <summary>Every phrase's classes, matched over an article's word keys without building strings.</summary>
    internal PhraseTable<TitleWordClass> Phrases { get; }

    /// <summary>Lowercase words that end a title after an unknown capitalized word (title-stops.tsv).</summary>
    internal FrozenSet<string> StopKeys { get; }

    /// <summary>Words linking a person to an office they are appointed to (appointment-cues.tsv).</summary>
    internal FrozenSet<string> CueKeys { get; }

    /// <summary>The cue words a link needs at least one of ("giữ", "làm").</summary>
    internal FrozenSet<string> CueAnchorKeys { get; }

    /// <summary>Institutions usually named after a person ("Trường Chính trị"): the name after one is the institution's (title-boundaries.tsv).</summary>
    internal FrozenSet<string> NamesakeKeys { get; }

    /// <summary>Departments of a larger body ("Vụ", "Phòng"): a comma after one may lead to its parent body, still the same office.</summary>
    internal FrozenSet<string> UnitKeys { get; }

    /// <summary>Ad-hoc committees ("Ban Tổ chức") whose occasion may follow in lowercase ("hội thi").</summary>
    internal FrozenSet<string> CommitteeKeys { get; }

    /// <summary>The occasions a committee serves ("hội thi", "cuộc thi"), written in lowercase after it.</summary>
    internal FrozenSet<string> OccasionKeys { get; }

    /// <summary>One-letter name openers ("A Thái") that are a name only right after a title.</summary>
    internal FrozenSet<string> SlotSurnameKeys { get; }

    /// <summary>Words between two titles of one person ("kiêm", "đồng thời là", "và").</summary>
    internal FrozenSet<string> JoinerKeys { get; }

    /// <summary>Words leading from a unit to the body it belongs to ("thuộc"), inside one office.</summary>
    internal FrozenSet<string> ParentKeys { get; }

    /// <summary>Programmes and campaigns a committee directs ("Chương trình"), whose long lowercase name follows them inside an office.</summary>
    internal FrozenSet<string> ProgrammeKeys { get; }

    /// <summary>Two-syllable nouns with a syllable on the stop list ("chương trình", "phát triển"): inside a body's name they are no verb.</summary>
    internal FrozenSet<string> CompoundKeys { get; }

    /// <summary>A standing written between a person's name and their offices that is no office ("đảng viên").</summary>
    internal FrozenSet<string> StatusKeys { get; }

    /// <summary>Keys of military units named by their number ("Trung đoàn 83"): the number belongs to the title.</summary>
    internal FrozenSet<string> NumberedUnitKeys { get; }

    /// <summary>What a steering committee works on ("về phòng, chống tham nhũng, tiêu cực"), read across its commas.</summary>
    internal FrozenSet<string> RemitKeys { get; }

    /// <summary>The most words a remit has.</summary>
    internal int LongestRemit { get; }

    /// <summary>Bodies known by a proper name of their own ("Hợp tác xã"), which may follow a few lowercase words of their trade.</summary>
    internal FrozenSet<string> FirmKeys { get; }

    /// <summary>Words opening the work an official is charged with ("phụ trách"): before lowercase words they end the title.</summary>
    internal FrozenSet<string> PortfolioKeys { get; }

    /// <summary>The first words of the title-boundaries phrases: a cheap test before a phrase is looked up.</summary>
    internal FrozenSet<string> BoundaryFirstKeys { get; }

    /// <summary>The last words of the title-boundaries phrases.</summary>
    internal FrozenSet<string> BoundaryLastKeys { get; }

    /// <summary>The most words a title-boundaries phrase has.</summary>
    internal const int LongestBoundaryPhrase = 5;

    /// <summary>The lexicon shipped with the library.</summary>
    public static TitleLexicon Default => Embedded.Value;

    /// <summary>Every phrase with its class, in file order.</summary>
    public ImmutableArray<TitleLexiconEntry> Entries { get; }

    /// <summary>The most words any phrase has.</summary>
    public int LongestPhrase { get; }

    /// <summary>A lexicon over the given entries (tests, or lists published elsewhere).</summary>
    public static TitleLexicon From(IEnumerable<TitleLexiconEntry> entries) => new([.. entries]);

    /// <summary>The phrases of one class, as written in the data.</summary>
    public IEnumerable<string> PhrasesOf(TitleWordClass wanted) =>
        Entries.Where(e => (e.Class & wanted) != 0).Select(e => e.Phrase).Distinct(StringComparer.Ordinal);

    /// <summary>Every class the phrase has (None when unknown).</summary>
    public TitleWordClass ClassOf(string phrase) => _classes.GetValueOrDefault(PhraseKey.Of(phrase));

    /// <summary>What an abbreviation stands for ("UBND" → "Ủy ban nhân dân"), or null.</summary>
    public string? Expand(string abbreviation) => _expansions.GetValueOrDefault(PhraseKey.Of(abbreviation));

    /// <summary>The level of places a level word introduces ("tỉnh" → province, "xã" → commune); null for villages and other words.</summary>
    public PlaceLevel? PlaceLevelOf(string phrase) => _markerLevels.TryGetValue(PhraseKey.Of(phrase), out var level) ? level : null;

    /// <summary>As <see cref="PlaceLevelOf"/> for a phrase already keyed.</summary>
    internal PlaceLevel? PlaceLevelOfKey(string key) => _markerLevels.TryGetValue(key, out var level) ? level : null;

    /// <summary>The number of words of the longest phrase of a wanted class starting at <paramref name="start"/>, or 0.</summary>
    /// <param name="words">Words as written (one syllable or abbreviation each).</param>
    public int Match(IReadOnlyList<string> words, int start, TitleWordClass wanted)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = new string[Math.Min(LongestPhrase, words.Count - start)];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = PhraseKey.Of(words[start + i]);
        }

        return MatchKeys(keys, 0, wanted).Length;
    }

    /// <summary>The longest phrase of a wanted class over already-keyed words: its length in words and all its classes.</summary>
    internal (int Length, TitleWordClass Class) MatchKeys(IReadOnlyList<string> keys, int start, TitleWordClass wanted)
    {
        var max = Math.Min(LongestPhrase, keys.Count - start);
        if (max <= 0)
        {
            return (0, TitleWordClass.None);
        }

        var window = new string[max];
        for (var i = 0; i < max; i++)
        {
            window[i] = keys[start + i];
        }

        Span<TitleWordClass> classes = stackalloc TitleWordClass[max];
        var found = Phrases.Find(window, classes);
        for (var n = max; n >= 1; n--)
        {
            if ((found & (1UL << (n - 1))) != 0 && (classes[n - 1] & wanted) != 0)
            {
                return (n, classes[n - 1]);
            }
        }

        return (0, TitleWordClass.None);
    }

    private static TitleLexicon LoadDefault()
    {
        var entries = new List<TitleLexiconEntry>();
        foreach (var row in LexiconResource.ReadRows("Officials/offices.tsv"))
        {
            entries.Add(new(row[0], row.Column(1) switch
            {
                "modifier" => TitleWordClass.Modifier,
                "membership" => TitleWordClass.Membership,
                _ => TitleWordClass.Office,
            }));
        }

        foreach (var row in LexiconResource.ReadRows("Officials/bodies.tsv"))
        {
            entries.Add(new(row[0], row.Column(1) switch
            {
                "qualifier" => TitleWordClass.Qualifier,
                "connector" => TitleWordClass.Connector,
                "head" => TitleWordClass.BodyHead,
                _ => TitleWordClass.Body,
            }));
        }

        foreach (var row in LexiconResource.ReadRows("Officials/levels.tsv"))
        {
            var marker = row.Column(1).EndsWith('*') ? TitleWordClass.PlaceMarker : TitleWordClass.None;
            PlaceLevel? level = marker == TitleWordClass.None ? null : row.Column(1).TrimEnd('*') switch
            {
                "district" => Facts.PlaceLevel.District,
                "commune" => Facts.PlaceLevel.Commune,
                "province" => Facts.PlaceLevel.Province,
                _ => null,
            };
            entries.Add(new(row[0], TitleWordClass.Level | marker) { PlaceLevel = level });
        }

        foreach (var row in LexiconResource.ReadRows("Officials/abbreviations.tsv"))
        {
            var role = row.Column(2) == "office" ? TitleWordClass.Office : TitleWordClass.Body;
            entries.Add(new(row[0], TitleWordClass.Abbreviation | role, row.Column(1)));
        }

        entries.AddRange(LexiconResource.ReadRows("Officials/military-ranks.tsv").Select(r => new TitleLexiconEntry(r[0], TitleWordClass.Rank)));
        entries.AddRange(LexiconResource.ReadRows("Officials/honorifics.tsv").Select(r => new TitleLexiconEntry(r[0], TitleWordClass.Honorific)));
        var stops = LexiconResource.ReadRows("Officials/title-stops.tsv").Select(r => r[0]);
        var cues = LexiconResource.ReadRows("Officials/appointment-cues.tsv").Select(r => (r[0], r.Column(1) == "*"));
        var boundaries = LexiconResource.ReadRows("Officials/title-boundaries.tsv").Select(r => (r[0], r.Column(1)));
        return new TitleLexicon([.. entries], stops, cues, boundaries);
    }
}
