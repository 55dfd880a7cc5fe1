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
            // the same office written in ordinary case later ("PHÓ THỦ TƯỚNG", then "Phó Thủ tướng Chính phủ").
            var canonical = new List<TitleMention>();
            foreach (var t in all.SelectMany(m => m.Titles))
            {
                var at = canonical.FindIndex(c => c.IsVariantOf(t));
                if (at < 0)
                {
                    canonical.Add(t);
                }
                else if (InCapitals(canonical[at].Text) && !InCapitals(t.Text))
                {
                    canonical[at] = t;
                }
            }

            TitleMention Canonical(TitleMention t) => canonical.FirstOrDefault(c => c.IsVariantOf(t)) ?? t;

            var mapped = all.Select(m => m.Titles.Select(Canonical).ToList()).ToList();
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

    /// <summary>True when a title has letters and none of them is lowercase.</summary>
    private static bool InCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
