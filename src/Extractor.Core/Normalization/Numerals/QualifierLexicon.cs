using System.Collections.Frozen;
using Extractor.Lexicons;

namespace Extractor.Normalization.Numerals;

/// <summary>The bound, approximation and change words around numbers, from <c>qualifiers.tsv</c>.</summary>
internal static class QualifierLexicon
{
    /// <summary>Precedence when several are written: bound and approximation beat change, change beats achieve.</summary>
    public const int Bound = 3;
    public const int Change = 2;
    public const int Achieve = 1;

    private static readonly FrozenDictionary<string, (string Reported, bool After, int Rank)> Entries = Load(out MaxWords);
    private static readonly int MaxWords;

    /// <summary><see cref="Entries"/> by span, made once.</summary>
    private static readonly FrozenDictionary<string, (string Reported, bool After, int Rank)>.AlternateLookup<ReadOnlySpan<char>> EntriesBySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The qualifier whose last word ends at <paramref name="end"/> (spaces before <paramref name="end"/> skipped), longest first.</summary>
    public static bool TryMatchBefore(string text, int end, out string reported, out int rank, out int start)
    {
        reported = "";
        rank = 0;
        start = end;
        var e = TextWords.SkipSpacesBack(text, end);
        var s = e;
        var found = false;
        for (var words = 1; words <= MaxWords; words++)
        {
            s = TextWords.WordStart(text, s);
            if (s == e || (s > 0 && char.IsDigit(text[s - 1])))
            {
                break;
            }

            if (TextWords.TryLookup(EntriesBySpan, text.AsSpan(s, e - s), out var entry) && !entry.After)
            {
                reported = entry.Reported;
                rank = entry.Rank;
                start = s;
                found = true;
            }

            if (s == 0 || text[s - 1] != ' ')
            {
                break;
            }

            s--;
        }

        return found;
    }

    /// <summary>The qualifier written after a number or unit ("trở lên") starting at <paramref name="start"/> (spaces skipped).</summary>
    public static bool TryMatchAfter(string text, int start, out string reported, out int end)
    {
        reported = "";
        var s = TextWords.SkipSpaces(text, start);
        end = s;
        var e = s;
        for (var words = 1; words <= MaxWords; words++)
        {
            e = TextWords.WordEnd(text, e);
            if (TextWords.TryLookup(EntriesBySpan, text.AsSpan(s, e - s), out var entry) && entry.After)
            {
                reported = entry.Reported;
                end = e;
                return true;
            }

            if (e >= text.Length || text[e] != ' ')
            {
                break;
            }

            e++;
        }

        return false;
    }

    private static FrozenDictionary<string, (string, bool, int)> Load(out int maxWords)
    {
        var map = new Dictionary<string, (string, bool, int)>(StringComparer.Ordinal);
        maxWords = 1;
        foreach (var row in LexiconResource.ReadRows("Normalization/qualifiers.tsv"))
        {
            var form = Unicode.VietnameseText.NormalizeExpression(row[0]).Text;
            var rank = row[3] switch
            {
                "bound" or "approx" => Bound,
                "change" => Change,
                "achieve" => Achieve,
                _ => throw new InvalidOperationException($"qualifiers.tsv: unknown class '{row[3]}'"),
            };
            map[form] = (row[1], row[2] == "after", rank);
            maxWords = Math.Max(maxWords, form.Count(c => c == ' ') + 1);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
