using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Extraction.Officials;
using Extractor.Facts;

namespace Extractor.Extraction.Places;

/// <summary>Finds the places an article names and decides its province.</summary>
/// <remarks>
/// A place is a gazetteer name after a level word ("tỉnh Lạng Sơn", "Tỉnh ủy Lâm Đồng", "huyện Mộc Châu"), a
/// commune or district written after its level word even when the gazetteer does not know it ("xã Hữu Liên"),
/// or a province's name of two words or more written alone ("điểm cầu Bình Phước").
/// </remarks>
internal sealed class PlaceExtractor
{
    private readonly Gazetteer _gazetteer;
    private readonly TitleLexicon _titles;
    private readonly SurnameLexicon _surnames;

    public PlaceExtractor(Gazetteer gazetteer, TitleLexicon titles, SurnameLexicon surnames)
    {
        _gazetteer = gazetteer;
        _titles = titles;
        _surnames = surnames;
    }

    public ImmutableArray<(Place Place, GazetteerEntry? Entry, bool Marked)> Find(ArticleDocument document)
    {
        var words = ArticleWords.Of(document.Text);
        if (words.Count == 0)
        {
            return [];
        }

        var grammar = new OfficialGrammar(words, _titles, _surnames, _gazetteer);
        var people = document.Officials.SelectMany(o => o.Mentions).ToList();
        var found = ImmutableArray.CreateBuilder<(Place, GazetteerEntry?, bool)>();
        var i = 0;
        while (i < words.Count)
        {
            var (marked, marker) = words.SpaceBefore(i) ? MarkerLevel(grammar, i) : (false, null);
            var length = grammar.Place(i);
            if (length > 0)
            {
                var span = new TextSpan(words[i].Start, words[i + length - 1].End);
                var entries = _gazetteer.FindAll(span.Of(document.Text));
                var entry = marked && marker is null ? null : Choose(entries, marker);
                var bare = !marked;
                var accepted = entry is not null
                    && !document.IsFurniture(span)
                    && !people.Any(p => p.Overlaps(span))
                    && (!bare || (entry.Level == PlaceLevel.Province && (length >= 2 || words[i].Shape == WordShape.AllCaps) && grammar.Name(i) is null));
                if (accepted)
                {
                    found.Add((new Place(entry!.Name, entry.Level, span), entry, !bare));
                    i += length;
                    continue;
                }
            }

            // A commune or district the gazetteer does not list, written after its level word.
            if (marker is PlaceLevel.Commune or PlaceLevel.District && words[i].IsCapitalized && grammar.Name(i) is null)
            {
                var run = 1;
                while (run < 3 && i + run < words.Count && words.SpaceBefore(i + run) && words[i + run].Shape is WordShape.Capitalized or WordShape.Number)
                {
                    run++;
                }

                var span = new TextSpan(words[i].Start, words[i + run - 1].End);
                if (!document.IsFurniture(span))
                {
                    found.Add((new Place(span.Of(document.Text), marker.Value, span), null, true));
                }

                i += run;
                continue;
            }

            i++;
        }

        return found.ToImmutable();
    }

    /// <summary>Whether the word(s) right before a word are a level word, and the level of place it introduces ("tỉnh" → province, "thị xã" → district, "thôn" → none).</summary>
    private (bool IsMarker, PlaceLevel? Level) MarkerLevel(OfficialGrammar grammar, int at)
    {
        for (var n = Math.Min(2, at); n >= 1; n--)
        {
            var (length, cls) = grammar.Phrase(at - n, TitleWordClass.Level);
            if (length == n && (cls & TitleWordClass.PlaceMarker) != 0)
            {
                return (true, n == 1
                    ? _titles.PlaceLevelOfKey(grammar.KeyAt(at - 1))
                    : _titles.PlaceLevelOf(string.Join(' ', Enumerable.Range(at - n, n).Select(grammar.WordAt))));
            }
        }

        return (false, null);
    }

    private static GazetteerEntry? Choose(ImmutableArray<GazetteerEntry> entries, PlaceLevel? marker)
    {
        if (entries.IsDefaultOrEmpty)
        {
            return null;
        }

        return marker switch
        {
            PlaceLevel.District => entries.FirstOrDefault(e => e.Level == PlaceLevel.District) ?? entries[0],
            PlaceLevel.Commune => null,
            _ => entries[0],
        };
    }
}
