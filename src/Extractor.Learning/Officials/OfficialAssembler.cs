using System.Collections.Immutable;
using System.Text;
using Extractor.Documents;
using Extractor.Evaluation;
using Extractor.Extraction.Officials;
using Extractor.Facts;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Officials;

/// <summary>Builds officials from tagged person and title spans: titles chained after a name ("X - A, B") or written before it ("Bí thư Tỉnh ủy X").</summary>
/// <remarks>
/// Short mentions ("đồng chí Chính") join the full name they end with. People with no title anywhere are not officials,
/// nor are names in page furniture or bylines.
/// </remarks>
internal static class OfficialAssembler
{
    // The honorifics of the shared title lexicon (Lexicons/Officials/honorifics.tsv), longest first so "các đồng chí"
    // is stripped whole.
    private static readonly string[] Honorifics = [.. TitleLexicon.Default.PhrasesOf(TitleWordClass.Honorific)
        .OrderByDescending(h => h.Length).ThenBy(h => h, StringComparer.Ordinal)];

    public static ImmutableArray<Official> Assemble(ArticleDocument document, IReadOnlyList<EntityMention> tagged, string origin)
    {
        var text = document.Text;
        var mentions = tagged
            .Where(m => m.Kind is EntityKind.Person or EntityKind.Title)
            .Select(m => m with { Span = TrimToLetters(text, m.Span) })
            .Where(m => m.Span.Length > 0 && (m.Kind != EntityKind.Person || LooksLikeName(m.Span.Of(text))))
            .Where(m => !document.IsFurniture(m.Span) && !document.Authors.Any(a => a.Span.Overlaps(m.Span)))
            .OrderBy(m => m.Span.Start)
            .ToList();
        var authorKeys = document.Authors.Select(a => ComparisonKey.Of(a.Name)).ToHashSet(StringComparer.Ordinal);

        var claimed = new bool[mentions.Count];
        var people = new List<(string Name, string Key, TextSpan Span, List<(string Title, TextSpan Span)> Titles)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != EntityKind.Person)
            {
                continue;
            }

            var name = CleanName(mentions[i].Span.Of(text));
            var key = ComparisonKey.Of(name);
            if (key.Length == 0 || authorKeys.Contains(key))
            {
                continue;
            }

            var after = new List<(string, TextSpan)>();
            var end = mentions[i].Span.End;
            var j = i + 1;
            for (; j < mentions.Count && mentions[j].Kind == EntityKind.Title && IsChainLink(text, end, mentions[j].Span.Start, first: j == i + 1); j++)
            {
                after.Add((CleanTitle(mentions[j].Span.Of(text)), mentions[j].Span));
                end = mentions[j].Span.End;
            }

            // "Tại điểm cầu X, Ủy viên …, Trưởng ban … Nguyễn Văn Y": a chain written right before the next name is that name's.
            if (after.Count > 0 && j < mentions.Count && mentions[j].Kind == EntityKind.Person && IsPrefixLink(text, end, mentions[j].Span.Start, first: true))
            {
                after.Clear();
            }

            for (var k = i + 1; k < i + 1 + after.Count; k++)
            {
                claimed[k] = true;
            }

            var before = new List<(string, TextSpan)>();
            var start = mentions[i].Span.Start;
            for (var k = i - 1; k >= 0 && mentions[k].Kind == EntityKind.Title && !claimed[k] && IsPrefixLink(text, mentions[k].Span.End, start, first: k == i - 1); k--)
            {
                before.Insert(0, (CleanTitle(mentions[k].Span.Of(text)), mentions[k].Span));
                claimed[k] = true;
                start = mentions[k].Span.Start;
            }

            people.Add((name, key, mentions[i].Span, [.. before, .. after]));
        }

        return Group(people, origin);
    }

    private static ImmutableArray<Official> Group(List<(string Name, string Key, TextSpan Span, List<(string Title, TextSpan Span)> Titles)> people, string origin)
    {
        // Full names (two syllables or more) first; a shorter mention joins the full name whose key ends with it.
        var groups = new List<(string Name, string Key, List<TextSpan> Mentions, List<List<(string Title, TextSpan Span)>> TitleLists)>();
        foreach (var person in people.Where(p => p.Key.Contains(' ', StringComparison.Ordinal)))
        {
            var group = groups.FindIndex(g => g.Key == person.Key);
            if (group < 0)
            {
                groups.Add((person.Name, person.Key, [person.Span], [person.Titles]));
            }
            else
            {
                groups[group].Mentions.Add(person.Span);
                groups[group].TitleLists.Add(person.Titles);
            }
        }

        foreach (var person in people.Where(p => !p.Key.Contains(' ', StringComparison.Ordinal)))
        {
            var matches = groups.Where(g => g.Key.EndsWith(" " + person.Key, StringComparison.Ordinal)).ToList();
            if (matches.Count == 1)
            {
                matches[0].Mentions.Add(person.Span);
                matches[0].TitleLists.Add(person.Titles);
            }
        }

        var officials = ImmutableArray.CreateBuilder<Official>();
        foreach (var group in groups)
        {
            var titles = new List<(string Title, TextSpan Span)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var list in group.TitleLists.OrderByDescending(l => l.Count))
            {
                foreach (var title in list)
                {
                    // Variants of one office ("Bí thư Đảng ủy Khối các cơ quan tỉnh", later "Bí thư Đảng ủy Khối") count once.
                    var key = ComparisonKey.Of(title.Title);
                    if (seen.Any(k => k == key || k.StartsWith(key + " ", StringComparison.Ordinal) || key.StartsWith(k + " ", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    seen.Add(key);
                    titles.Add(title);
                }
            }

            if (titles.Count == 0)
            {
                continue;
            }

            officials.Add(new Official(group.Name, [.. titles.Select(t => t.Title)], [.. group.Mentions.OrderBy(s => s.Start)])
            {
                TitleSpans = [.. titles.Select(t => t.Span)],
                Origin = origin,
            });
        }

        return officials.ToImmutable();
    }

    /// <summary>The span without punctuation or spaces at its ends: a tagged ", Gia Lộc" is the name "Gia Lộc" after a comma.</summary>
    private static TextSpan TrimToLetters(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>A personal name: every syllable opens with a capital and holds only letters, an apostrophe or a hyphen
    /// ("Nguyễn Văn An", "H'Mai Êban", "RAH LAN CHUNG"); a list of places ("Nông Trang, Thanh Miếu") is not one.</summary>
    internal static bool LooksLikeName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 6 } words
        && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '\'' or '’' or '-'));

    /// <summary>Between a name (or a title of its chain) and the next title: only separators (", ", " - ", " – ", ": ", "(").</summary>
    private static bool IsChainLink(string text, int from, int to, bool first)
    {
        var gap = text.AsSpan(from, to - from).Trim();
        if (gap.Length == 0)
        {
            return first || to - from > 0;
        }

        return gap.Length <= 2 && gap.IndexOfAnyExcept(",-–—:(") < 0;
    }

    /// <summary>Between a title and the name it precedes: nothing, an honorific, or (between chained titles) a comma.</summary>
    private static bool IsPrefixLink(string text, int from, int to, bool first)
    {
        var gap = text.AsSpan(from, to - from).Trim().ToString();
        if (gap.Length == 0)
        {
            return true;
        }

        return first ? Honorifics.Any(h => gap.Equals(h, StringComparison.OrdinalIgnoreCase)) : gap == ",";
    }

    /// <summary>The name in ordinary capitalisation ("RAH LAN CHUNG" gives "Rah Lan Chung"), honorifics and extra spaces removed.</summary>
    internal static string CleanName(string raw)
    {
        var name = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var honorific in Honorifics)
        {
            if (name.StartsWith(honorific + " ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[(honorific.Length + 1)..];
            }
        }

        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            var result = new StringBuilder(name.Length);
            var startOfWord = true;
            foreach (var c in name)
            {
                result.Append(startOfWord ? c : char.ToLowerInvariant(c));
                startOfWord = !char.IsLetter(c);
            }

            name = result.ToString();
        }

        return name;
    }

    private static string CleanTitle(string raw) =>
        string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ';', ':', '-', '–');
}
