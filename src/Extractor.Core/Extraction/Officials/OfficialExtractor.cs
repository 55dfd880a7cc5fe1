using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Extractor.Documents;
using Extractor.Extraction.Places;
using Extractor.Extraction.Structure;
using Extractor.Facts;

namespace Extractor.Extraction.Officials;

/// <summary>Finds the officials of one article: names tied to the titles written before or after them, merged per person.</summary>
internal sealed class OfficialExtractor
{
    /// <summary>"các" as a comparison key: before an office and a colon it opens a list of holders ("các Phó Chủ tịch: A, B").</summary>
    private static readonly string PluralKey = PhraseKey.Of("các");

    /// <summary>"đối với" as comparison keys: it links an office named first to the person after it.</summary>
    private static readonly string[] ForKeys = [PhraseKey.Of("đối"), PhraseKey.Of("với")];

    /// <summary>The words that introduce an office as a post ("chức danh", "chức vụ", "chức") right before it.</summary>
    private static readonly FrozenSet<string> PostKeys = new[] { PhraseKey.Of("danh"), PhraseKey.Of("vụ"), PhraseKey.Of("chức") }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"và" as a comparison key: it joins the last name of such a list.</summary>
    private static readonly string AndKey = PhraseKey.Of("và");

    private readonly TitleLexicon _titles;
    private readonly SurnameLexicon _surnames;
    private readonly Gazetteer _gazetteer;

    public OfficialExtractor(TitleLexicon titles, SurnameLexicon surnames, Gazetteer gazetteer)
    {
        _titles = titles;
        _surnames = surnames;
        _gazetteer = gazetteer;
    }

    public ImmutableArray<Official> Extract(ArticleDocument document)
    {
        if (document.Text.Length == 0)
        {
            return [];
        }

        var words = ArticleWords.Of(document.Text);
        if (words.Count == 0)
        {
            return [];
        }

        var grammar = new OfficialGrammar(words, _titles, _surnames, _gazetteer);
        var items = Scan(words, grammar);
        var authorKeys = document.Authors.Select(a => PhraseKey.Of(a.Name)).ToHashSet(StringComparer.Ordinal);
        bool Excluded(TextSpan span, string key) =>
            document.IsFurniture(span)
            || authorKeys.Contains(key)
            || document.Authors.Any(a => a.Span.Overlaps(span));

        var mentions = new List<PersonMention>();
        var claimed = new HashSet<TitleChain>();
        (TitleChain Chain, int End)? shared = null;
        for (var p = 0; p < items.Count; p++)
        {
            if (items[p] is not WordRange name)
            {
                continue;
            }

            var span = new TextSpan(words[name.Start].Start, words[name.End - 1].End);
            var nameText = NormalizeName(words, name);
            var key = PhraseKey.Of(nameText);
            if (Excluded(span, key))
            {
                continue;
            }

            var chains = new List<TitleChain>();

            // Titles before the name: "Trưởng ban Tổ chức Tỉnh ủy Nguyễn Văn Dũng", "Tổng Bí thư, đồng chí …".
            if (p > 0 && items[p - 1] is TitleChain before && !claimed.Contains(before) && OnlyHonorificsBetween(words, grammar, before.End, name.Start))
            {
                chains.Add(before);
                claimed.Add(before);
            }
            else if (p > 0 && items[p - 1] is TitleChain removed && !claimed.Contains(removed) && LinkedByFor(words, grammar, removed, name.Start))
            {
                // "miễn nhiệm chức danh Ủy viên UBND tỉnh đối với đồng chí A": the office named before "đối với" is A's.
                chains.Add(removed);
                claimed.Add(removed);
            }
            else if (p > 0 && items[p - 1] is TitleChain plural && !claimed.Contains(plural) && IntroducesList(words, grammar, plural, name.Start))
            {
                // "các Phó Chủ tịch: A, B": the title before the colon is every listed person's.
                chains.Add(plural);
                claimed.Add(plural);
                shared = (plural, name.End);
            }
            else if (shared is var (sharedChain, listEnd) && p > 0 && items[p - 1] is WordRange previous && previous.End == listEnd
                && ContinuesList(words, listEnd, name.Start))
            {
                chains.Add(sharedChain);
                shared = (sharedChain, name.End);
            }
            else if (IsPlaceName(grammar, name))
            {
                continue;
            }

            // Titles after it: "Phạm Minh Chính, Ủy viên Bộ Chính trị, …", "Hà Phẩm Chất-Phó Bí thư Chi bộ".
            // In a list written "Title A, Title B" the second title belongs to B.
            var end = name.End;
            var afterStart = SkipAside(words, grammar, name.End);
            if (p + 1 < items.Count && items[p + 1] is TitleChain after && after.Start == afterStart && IsSeparator(words, afterStart)
                && !(chains.Count > 0 && p + 2 < items.Count && items[p + 2] is WordRange next && next.Start == after.End && words.SpaceBefore(next.Start)))
            {
                chains.Add(after);
                claimed.Add(after);
                end = after.End;
            }

            // Offices they are appointed to: "… giữ chức Bí thư Đảng ủy".
            var target = grammar.AppointmentTarget(end);
            if (target < 0 && SkipAside(words, grammar, end) is var pastAside && pastAside > end)
            {
                // "A, Phó Bí thư Huyện ủy Lạc Dương (cũ), được bầu giữ chức …": past an aside closing the offices held.
                target = grammar.AppointmentTarget(pastAside);
            }
            if (target < 0 && end == name.End && JointHoldersEnd(words, grammar, items, p) is { } holdersEnd)
            {
                // "các đồng chí A và B giữ chức Phó Chủ tịch": the office the list is appointed to is each listed person's.
                target = grammar.AppointmentTarget(holdersEnd);

                // "các đồng chí: A, B, C – Phó Chủ tịch UBND tỉnh": so is the office written after the list's dash.
                var listed = SkipAside(words, grammar, holdersEnd);
                if (target < 0 && words.Punctuation(listed) is "-" or "–" or "—"
                    && items.FirstOrDefault(item => item is TitleChain c && c.Start == listed) is TitleChain sharedAfterList)
                {
                    chains.Add(sharedAfterList);
                }
            }

            // "… được chỉ định giữ chức Phó Bí thư Đảng ủy xã và được bầu giữ chức Chủ tịch UBND xã": one appointment may follow another.
            for (var more = 0; more < MaxAppointments && target >= 0 && grammar.Chain(target) is { } appointed; more++)
            {
                chains.Add(appointed);
                target = grammar.AppointmentTarget(appointed.End);
            }

            var titles = chains
                .SelectMany(c => c.Titles)
                .Select(t => ToTitle(words, t))
                .Where(t => !document.IsFurniture(t.Span))
                .DistinctBy(t => t.Key)
                .ToImmutableArray();
            mentions.Add(new PersonMention(nameText, key, span, titles, words[name.Start].Shape == WordShape.AllCaps));
        }

        mentions.AddRange(Signers(document, authorKeys));
        return OfficialMerger.Merge(JoinCapitalizedForms(mentions), ShortForms(words, grammar, mentions, document));
    }

    /// <summary>The most appointments read one after another for one person.</summary>
    private const int MaxAppointments = 3;

    /// <summary>
    /// The signers of the text's signature blocks ("TL. BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG / (Đã ký) / Huỳnh Văn A"): a person
    /// holding the offices printed above the name, as written there.
    /// </summary>
    private static IEnumerable<PersonMention> Signers(ArticleDocument document, HashSet<string> authorKeys)
    {
        foreach (var block in PageLayout.Analyze(document.Text).Signatures)
        {
            if (block.Signer is not { } signer || block.Offices.Count == 0)
            {
                continue;
            }

            var name = CollapseSpaces(signer.Of(document.Text)).Trim();
            var key = PhraseKey.Of(name);
            if (key.Length == 0 || authorKeys.Contains(key))
            {
                continue;
            }

            var titles = block.Offices
                .Select(office =>
                {
                    var text = CollapseSpaces(office.Of(document.Text)).Trim();
                    var keys = PhraseKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return new TitleMention(text, office, keys.Length > 0 ? keys[0] : "", keys.ToHashSet(StringComparer.Ordinal));
                })
                .Where(t => t.Text.Length > 0)
                .DistinctBy(t => t.Key)
                .ToImmutableArray();
            yield return new PersonMention(name, key, signer, titles, name.All(c => !char.IsLower(c)));
        }
    }

    /// <summary>A name read from a line in capitals ("NGUYỄN VĂN A LÀM VIỆC") that starts with a name written elsewhere is that person.</summary>
    private static List<PersonMention> JoinCapitalizedForms(List<PersonMention> mentions)
    {
        var keys = mentions.Select(m => m.Key).Distinct().ToList();
        return mentions.Select(m =>
        {
            var shorter = keys.FirstOrDefault(k => k.Length < m.Key.Length && m.Key.StartsWith(k + " ", StringComparison.Ordinal) && k.Contains(' '));
            return shorter is null || !m.InCapitals ? m : m with { Key = shorter };
        }).ToList();
    }

    /// <summary>Names and title chains in text order; honorifics and other words are skipped.</summary>
    private static List<object> Scan(ArticleWords words, OfficialGrammar grammar)
    {
        var items = new List<object>();
        var i = 0;
        while (i < words.Count)
        {
            // After a level word a known place is a place, not a person: "huyện Lâm Hà", "tỉnh Thái Bình".
            if (words.SpaceBefore(i) && grammar.IsPlaceMarkerEnd(i) && grammar.Place(i) is > 0 and var place)
            {
                i += place;
                continue;
            }

            // "… Ban Tổ chức Tỉnh ủy A Thái", "đồng chí A Blong, nguyên Bí thư Tỉnh ủy": in an official's slot (right after a
            // title, or after an honorific with titles following) a one-letter ethnic opener starts a name too.
            var name = grammar.Name(i);
            if (name is null && words.SpaceBefore(i) && grammar.SlotName(i) is { } slot
                && ((items.Count > 0 && items[^1] is TitleChain previous && previous.End == i) || (AfterHonorific(grammar, i) && TitlesFollow(words, grammar, slot))))
            {
                name = slot;
            }

            if (name is { } found)
            {
                items.Add(found);
                i = SkipAside(words, grammar, found.End);

                // After a name and a separator an office may be written in lowercase: "A - phó Bí thư Tỉnh ủy".
                if (IsSeparator(words, i) && grammar.Chain(i, lowercase: true) is { } after)
                {
                    items.Add(after);
                    i = after.End;
                }

                continue;
            }

            if (grammar.Chain(i) is { } chain && chain.End > i)
            {
                items.Add(chain);
                i = chain.End;
                continue;
            }

            i++;
        }

        return items;
    }

    /// <summary>
    /// "miễn nhiệm chức danh Ủy viên UBND tỉnh đối với đồng chí A": an office introduced as a post ("chức danh", "chức vụ",
    /// "chức") and linked to the person by "đối với", with only honorifics before the name.
    /// </summary>
    private static bool LinkedByFor(ArticleWords words, OfficialGrammar grammar, TitleChain chain, int nameStart)
    {
        var at = chain.End;
        if (chain.Start == 0 || !PostKeys.Contains(words.Keys[chain.Start - 1]) || at + 2 > nameStart
            || words.Keys[at] != ForKeys[0] || words.Keys[at + 1] != ForKeys[1] || words.BreaksLine(at) || words.Punctuation(at).Length > 0)
        {
            return false;
        }

        return OnlyHonorificsBetween(words, grammar, at + 2, nameStart);
    }

    /// <summary>
    /// "các Phó Chủ tịch: A, B": a single office after the plural "các" and before a colon heads a list of the people who hold it.
    /// </summary>
    /// <remarks>"các" may open a plural honorific right before the office: "các đồng chí Phó Trưởng Ban …: A, B và C".</remarks>
    private static bool IntroducesList(ArticleWords words, OfficialGrammar grammar, TitleChain chain, int nameStart) =>
        chain.Titles.Length == 1 && chain.End == nameStart && words.Punctuation(nameStart) == ":" && !words.BreaksLine(nameStart)
        && Enumerable.Range(1, 3).Any(n => chain.Start - n >= 0 && words.Keys[chain.Start - n] == PluralKey
            && (n == 1 || grammar.Honorific(chain.Start - n) == n));

    /// <summary>The next name of such a list: right after the previous one, past a comma or "và".</summary>
    private static bool ContinuesList(ArticleWords words, int previousEnd, int nameStart)
    {
        if (words.BreaksLine(nameStart))
        {
            return false;
        }

        if (nameStart == previousEnd)
        {
            return words.Punctuation(nameStart) == ",";
        }

        return nameStart == previousEnd + 1 && words.Keys[previousEnd] == AndKey && words.Punctuation(previousEnd) is "" or ",";
    }

    /// <summary>
    /// "các đồng chí A, B và C giữ chức …": when a name is one of bare names listed after a plural honorific, where the last of
    /// them ends (the appointment after the list is every listed person's); null for the last name or outside such a list.
    /// </summary>
    private static int? JointHoldersEnd(ArticleWords words, OfficialGrammar grammar, List<object> items, int p)
    {
        var first = p;
        while (first > 0 && items[first - 1] is WordRange previous && ContinuesList(words, previous.End, ((WordRange)items[first]).Start))
        {
            first--;
        }

        if (!AfterPluralHonorific(words, grammar, ((WordRange)items[first]).Start))
        {
            return null;
        }

        var last = p;
        while (last + 1 < items.Count && items[last + 1] is WordRange next && ContinuesList(words, ((WordRange)items[last]).End, next.Start))
        {
            last++;
        }

        return last > p ? ((WordRange)items[last]).End : null;
    }

    /// <summary>True when a plural honorific ("các đồng chí", "các ông") ends right before a word.</summary>
    private static bool AfterPluralHonorific(ArticleWords words, OfficialGrammar grammar, int at)
    {
        for (var n = 2; n <= 4 && at - n >= 0; n++)
        {
            var plural = at - n;
            if (words.Keys[plural] == PluralKey && !words.BreaksLine(at)
                && (grammar.Honorific(plural) == n || grammar.Honorific(plural + 1) == n - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an honorific ("đồng chí", "các đồng chí:") ends right before a word.</summary>
    private static bool AfterHonorific(OfficialGrammar grammar, int at)
    {
        for (var n = 1; n <= 3 && at - n >= 0; n++)
        {
            if (grammar.Honorific(at - n) == n)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a separator and a chain of titles follow a name: "A Blong, nguyên Bí thư Tỉnh ủy".</summary>
    private static bool TitlesFollow(ArticleWords words, OfficialGrammar grammar, WordRange name)
    {
        var at = SkipAside(words, grammar, name.End);
        return IsSeparator(words, at) && grammar.Chain(at, lowercase: true) is not null;
    }

    /// <summary>A name that is also a place ("Hồ Chí Minh", "Lâm Đồng") is a person only when a title is written right before it.</summary>
    private static bool IsPlaceName(OfficialGrammar grammar, WordRange name) => grammar.Place(name.Start) == name.End - name.Start;

    private static bool OnlyHonorificsBetween(ArticleWords words, OfficialGrammar grammar, int from, int to)
    {
        var k = from;
        while (k < to)
        {
            var length = grammar.Honorific(k);
            if (length == 0)
            {
                return false;
            }

            k += length;
        }

        for (var j = from; j <= to && j < words.Count; j++)
        {
            // "Chủ tịch UBND tỉnh – Võ Văn Hưng": a dash may stand between the title and the name.
            if (words.BreaksLine(j) || words.Punctuation(j) is not ("" or "," or "-" or "–" or "—"))
            {
                return false;
            }
        }

        return from == to ? words.SpaceBefore(to) || words.Punctuation(to) is "-" or "–" or "—" : true;
    }

    /// <summary>Skips an aside in parentheses after a name ("Ông A (thứ hai từ phải qua), Phó Trưởng Ban …") or a standing that
    /// is no office ("ông A, đảng viên, Trưởng phòng …"): where the words resume.</summary>
    private static int SkipAside(ArticleWords words, OfficialGrammar grammar, int at)
    {
        if (at >= words.Count || words.Punctuation(at) != "(" || words.BreaksLine(at))
        {
            return grammar.SkipStatus(at);
        }

        for (var k = at + 1; k < words.Count && k - at <= 8 && !words.BreaksLine(k); k++)
        {
            var punctuation = words.Punctuation(k);
            if (punctuation.Contains(')'))
            {
                return punctuation.StartsWith(')') && punctuation.Length > 1 ? k : at;
            }
        }

        return at;
    }

    private static bool IsSeparator(ArticleWords words, int at) =>
        at < words.Count && !words.BreaksLine(at)
        && (words.Punctuation(at) is var p && p.Length > 1 && p[0] == ')' ? p[1..] : p) is "," or "-" or "–" or "—" or ":" or "(" or ",(" or "-(";

    private static TitleMention ToTitle(ArticleWords words, WordRange title)
    {
        var span = new TextSpan(words[title.Start].Start, words[title.End - 1].End);
        var text = CollapseSpaces(span.Of(words.Text));
        var head = string.Join(' ', Enumerable.Range(title.Start, title.HeadEnd - title.Start).Select(i => words.Keys[i]));
        var keys = Enumerable.Range(title.Start, title.End - title.Start).Select(i => words.Keys[i]).ToHashSet(StringComparer.Ordinal);
        return new TitleMention(text, span, head, keys);
    }

    /// <summary>"đồng chí Chính", "ông Chất": an honorific and the last syllable of exactly one official's name.</summary>
    private static List<(TextSpan Span, string Key)> ShortForms(ArticleWords words, OfficialGrammar grammar, List<PersonMention> mentions, ArticleDocument document)
    {
        var byGivenName = mentions
            .Where(m => !m.Titles.IsEmpty)
            .GroupBy(m => m.Key)
            .Select(g => (Key: g.Key, Given: g.Key.Split(' ')[^1]))
            .GroupBy(x => x.Given)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var found = new List<(TextSpan, string)>();
        for (var i = 0; i < words.Count; i++)
        {
            var length = grammar.Honorific(i);
            var at = i + length;
            if (length == 0 || at >= words.Count || !words.SpaceBefore(at) || !words[at].IsCapitalized)
            {
                continue;
            }

            var standsAlone = at + 1 >= words.Count || !words.SpaceBefore(at + 1) || !words[at + 1].IsCapitalized;
            if (standsAlone && byGivenName.TryGetValue(words.Keys[at], out var key) && !document.IsFurniture(words[at].Span))
            {
                found.Add((words[at].Span, key));
            }
        }

        return found;
    }

    /// <summary>The name in ordinary capitalisation: "NGUYỄN VĂN A" becomes "Nguyễn Văn A"; spelling is kept.</summary>
    private static string NormalizeName(ArticleWords words, WordRange name)
    {
        var parts = new List<string>();
        for (var i = name.Start; i < name.End; i++)
        {
            var text = words[i].Text;
            parts.Add(words[i].Shape == WordShape.AllCaps
                ? string.Concat(text[..1], text[1..].ToLower(CultureInfo.InvariantCulture))
                : text);
        }

        return string.Join(' ', parts).Normalize(NormalizationForm.FormC);
    }

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
