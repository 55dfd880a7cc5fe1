using System.Collections.Frozen;
using System.Reflection;
using Extractor.Extraction.Officials;
using Extractor.Learning.Text;

namespace Extractor.Learning.Features;

/// <summary>The word lists the tagger's features test membership in, matched by syllable key, longest phrase first.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Id"/> changes whenever any list changes, so a model trained on other lists is detected.</remarks>
public sealed class FeatureLexicons
{
    // Lists only the tagger reads. Surnames, offices, bodies, levels and honorifics are not here: they come from the
    // officials' lexicons in Extractor.Core (SurnameLexicon, TitleLexicon), so a word added for the rules is a feature
    // of the tagger too, and the two cannot drift apart.
    private static readonly (string File, LexiconClass Class)[] Files =
    [
        ("middle-names.tsv", LexiconClass.MiddleName),
        ("provinces.tsv", LexiconClass.Province),
        ("units.tsv", LexiconClass.Unit),
    ];

    private static readonly Lazy<FeatureLexicons> Embedded = new(LoadEmbedded);

    // First syllable key → phrases starting with it (remaining keys, class), longest first.
    private readonly FrozenDictionary<ulong, (ulong[] Tail, LexiconClass Class)[]> _phrases;

    private FeatureLexicons(FrozenDictionary<ulong, (ulong[] Tail, LexiconClass Class)[]> phrases, string id)
    {
        _phrases = phrases;
        Id = id;
    }

    /// <summary>The lists shipped in this assembly.</summary>
    public static FeatureLexicons Default => Embedded.Value;

    /// <summary>A stable hash of every list's content ("lex-1a2b3c4d").</summary>
    public string Id { get; }

    /// <summary>Builds lexicons from phrases per class (for tests and for lists published elsewhere).</summary>
    public static FeatureLexicons From(IEnumerable<(string Phrase, LexiconClass Class)> entries)
    {
        var byFirst = new SortedDictionary<ulong, List<(ulong[] Tail, LexiconClass Class)>>();
        var idHash = SyllableKey.Literal("lexicons");
        foreach (var (phrase, cls) in entries)
        {
            var keys = SyllableTokenizer.Tokenize(phrase).Select(t => SyllableKey.Of(phrase, t.Span.Start, t.Span.End)).ToArray();
            if (keys.Length == 0)
            {
                continue;
            }

            idHash = SyllableKey.Mix(SyllableKey.Mix(idHash, SyllableKey.Of(phrase)), (ulong)cls);
            if (!byFirst.TryGetValue(keys[0], out var list))
            {
                byFirst[keys[0]] = list = [];
            }

            list.Add((keys[1..], cls));
        }

        var frozen = byFirst.ToFrozenDictionary(
            x => x.Key,
            x => x.Value.OrderByDescending(p => p.Tail.Length).ToArray());
        return new FeatureLexicons(frozen, $"lex-{idHash & 0xFFFFFFFF:x8}");
    }

    /// <summary>For each token, the classes of phrases starting there (<paramref name="begins"/>) and covering it (<paramref name="inside"/>).</summary>
    internal void Classify(ReadOnlySpan<ulong> keys, Span<LexiconClass> begins, Span<LexiconClass> inside)
    {
        begins.Clear();
        inside.Clear();
        for (var i = 0; i < keys.Length; i++)
        {
            if (!_phrases.TryGetValue(keys[i], out var candidates))
            {
                continue;
            }

            foreach (var (rest, cls) in candidates)
            {
                if (i + 1 + rest.Length > keys.Length || (begins[i] & cls) != 0)
                {
                    continue;
                }

                var match = true;
                for (var k = 0; k < rest.Length; k++)
                {
                    if (keys[i + 1 + k] != rest[k])
                    {
                        match = false;
                        break;
                    }
                }

                if (!match)
                {
                    continue;
                }

                begins[i] |= cls;
                for (var k = 1; k <= rest.Length; k++)
                {
                    inside[i + k] |= cls;
                }
            }
        }
    }

    private static FeatureLexicons LoadEmbedded()
    {
        var assembly = typeof(FeatureLexicons).Assembly;
        var entries = new List<(string, LexiconClass)>(FromOfficialLexicons(SurnameLexicon.Default, TitleLexicon.Default));
        foreach (var (file, cls) in Files)
        {
            entries.AddRange(ReadLines(assembly, file).Select(line => (line, cls)));
        }

        return From(entries);
    }

    /// <summary>The tagger's view of the officials' lexicons: surnames; offices, memberships, ranks and their modifiers as
    /// title heads; bodies (and abbreviations of bodies) as organization heads; levels as place heads; honorifics.</summary>
    public static IEnumerable<(string Phrase, LexiconClass Class)> FromOfficialLexicons(SurnameLexicon surnames, TitleLexicon titles)
    {
        ArgumentNullException.ThrowIfNull(surnames);
        ArgumentNullException.ThrowIfNull(titles);
        foreach (var surname in surnames.Entries)
        {
            yield return (surname, LexiconClass.Surname);
        }

        (TitleWordClass Wanted, LexiconClass Class)[] map =
        [
            (TitleWordClass.TitleHead | TitleWordClass.Modifier, LexiconClass.TitleHead),
            (TitleWordClass.Body | TitleWordClass.BodyHead, LexiconClass.OrganizationHead),
            (TitleWordClass.Level, LexiconClass.PlaceHead),
            (TitleWordClass.Honorific, LexiconClass.Honorific),
        ];
        foreach (var (wanted, cls) in map)
        {
            foreach (var phrase in titles.PhrasesOf(wanted))
            {
                yield return (phrase, cls);
            }
        }
    }

    private static IEnumerable<string> ReadLines(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream("Extractor.Learning.Lexicons." + file)
            ?? throw new InvalidOperationException($"embedded lexicon {file} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Split('\t')[0].Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                lines.Add(entry);
            }
        }

        return lines;
    }
}
