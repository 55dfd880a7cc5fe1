using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Facts;

namespace Extractor.Extraction.Officials;

/// <summary>Merges every mention of a person into one official: the first written name, titles in the order of the fullest mention, variants of one office kept once.</summary>
internal static class OfficialMerger
{
    public static ImmutableArray<Official> Merge(IReadOnlyList<PersonMention> mentions, IReadOnlyList<(TextSpan Span, string Key)> shortForms)
    {
        var officials = new List<Official>();
        foreach (var person in mentions.GroupBy(m => m.Key))
        {
            var all = person.OrderBy(m => m.Span.Start).ToList();
            if (all.All(m => m.Titles.IsEmpty))
            {
                continue;
            }

            // Each distinct office once, in the form first written; a form in capitals (a headline, a caption) gives way to
            // the same office written in ordinary case later ("PHÓ THỦ TƯỚNG", then "Phó Thủ tướng Chính phủ"). Two titles
            // of one mention are two offices even when one's words lie inside the other's ("Bí thư Tỉnh ủy, Bí thư Đảng ủy
            // Quân sự tỉnh"), unless one is the head alone or opens the other (a re-election restating the office).
            var canonical = new List<(TitleMention Title, int Mention)>();
            var slots = all.Select(m => new int[m.Titles.Length]).ToList();
            for (var m = 0; m < all.Count; m++)
            {
                for (var i = 0; i < all[m].Titles.Length; i++)
                {
                    var t = all[m].Titles[i];
                    var at = canonical.FindIndex(c => c.Title.Key == t.Key);
                    if (at < 0)
                    {
                        var mention = m;
                        at = canonical.FindIndex(c => (c.Mention != mention || IsBare(c.Title) || IsBare(t) || OpensWith(c.Title.Key, t.Key)) && c.Title.IsVariantOf(t));
                    }

                    if (at < 0)
                    {
                        at = canonical.Count;
                        canonical.Add((t, m));
                    }
                    else if ((InCapitals(canonical[at].Title.Text) && !InCapitals(t.Text)) || (IsBare(canonical[at].Title) && !IsBare(t)))
                    {
                        // A later form in ordinary case, or naming the body a bare office left out ("làm Trưởng xóm", then
                        // "Trưởng xóm Nà Lủng"), is the one kept.
                        canonical[at] = (t, canonical[at].Mention);
                    }

                    slots[m][i] = at;
                }
            }

            var mapped = slots.Select(row => row.Select(at => canonical[at].Title).ToList()).ToList();
            var fullest = mapped.Select((titles, i) => (titles, i)).OrderByDescending(x => x.titles.Count).ThenBy(x => x.i).First().titles;
            var ordered = fullest.Concat(mapped.SelectMany(t => t)).Distinct().ToList();

            var spans = all.Select(m => m.Span)
                .Concat(shortForms.Where(s => s.Key == person.Key).Select(s => s.Span))
                .Distinct()
                .OrderBy(s => s.Start)
                .ToImmutableArray();
            officials.Add(new Official(all[0].Name, [.. ordered.Select(t => t.Text)], spans)
            {
                TitleSpans = [.. ordered.Select(t => t.Span)],
                Origin = "rules",
            });
        }

        return [.. officials.OrderBy(o => o.Mentions[0].Start)];
    }

    /// <summary>True when a title is its office head alone ("Chủ tịch"): a later word of the same mention restating it ("… tái đắc cử Chủ tịch").</summary>
    private static bool IsBare(TitleMention title) => title.Key == title.HeadKey;

    /// <summary>True when one key is the other's opening words ("chủ tịch hội nông dân huyện" of "… huyện khóa xi"): a
    /// re-election restating the office, not a second one.</summary>
    private static bool OpensWith(string a, string b) =>
        a.Length < b.Length ? b.StartsWith(a + " ", StringComparison.Ordinal) : a.StartsWith(b + " ", StringComparison.Ordinal);

    /// <summary>True when a title has letters and none of them is lowercase.</summary>
    private static bool InCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
