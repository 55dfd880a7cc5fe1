using System.Collections.Frozen;
using Extractor.Lexicons;

namespace Extractor.Normalization.Numerals;

/// <summary>The words that follow numbers: currencies, measures, time units and counted-noun heads, from <c>units.tsv</c>.</summary>
/// <remarks>Matching is case-insensitive and takes the longest entry that ends on a word boundary. Thread-safe.</remarks>
internal static class UnitLexicon
{
    private static readonly FrozenDictionary<string, (string Unit, UnitClass Class)> Entries = Load(out MaxWords, out HasCommaEntries);
    private static readonly int MaxWords;

    /// <summary><see cref="Entries"/> by span, made once.</summary>
    private static readonly FrozenDictionary<string, (string Unit, UnitClass Class)>.AlternateLookup<ReadOnlySpan<char>> EntriesBySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether some entry joins its words with a comma ("tin, bài"), so a comma after a word may continue a unit.</summary>
    private static readonly bool HasCommaEntries;

    /// <summary>Finds the longest lexicon entry starting at <paramref name="start"/>.</summary>
    public static bool TryMatch(string text, int start, out UnitMatch match)
    {
        match = default;
        if (start >= text.Length)
        {
            return false;
        }

        var found = false;
        var end = start;
        for (var words = 1; words <= MaxWords; words++)
        {
            var wordEnd = TokenEnd(text, end);
            if (wordEnd == end)
            {
                break;
            }

            if (TextWords.TryLookup(EntriesBySpan, text.AsSpan(start, wordEnd - start), out var entry))
            {
                var written = text[start..wordEnd];
                var unit = entry.Class is UnitClass.Head or UnitClass.Classifier ? written : entry.Unit;
                match = new UnitMatch(unit, entry.Class, start, wordEnd);
                found = true;
            }

            if (wordEnd < text.Length && text[wordEnd] == ' ')
            {
                end = wordEnd + 1;
            }
            else if (HasCommaEntries && wordEnd + 2 < text.Length && text[wordEnd] == ',' && text[wordEnd + 1] == ' ')
            {
                end = wordEnd + 2; // "2.150 tin, bài": a pair of nouns printed as one unit
            }
            else
            {
                break;
            }
        }

        return found;
    }

    /// <summary>The end of a unit token: letters, digits, ² ³ and inner hyphens ("km2", "héc-ta").</summary>
    public static int TokenEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c is '²' or '³')
            {
                i++;
            }
            else if (c == '-' && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static FrozenDictionary<string, (string, UnitClass)> Load(out int maxWords, out bool hasCommaEntries)
    {
        var map = new Dictionary<string, (string, UnitClass)>(StringComparer.Ordinal);
        maxWords = 1;
        hasCommaEntries = false;
        foreach (var row in LexiconResource.ReadRows("Normalization/units.tsv"))
        {
            var form = Unicode.VietnameseText.NormalizeExpression(row[0]).Text;
            var unitClass = row[2] switch
            {
                "money" => UnitClass.Money,
                "measure" => UnitClass.Measure,
                "time" => UnitClass.Time,
                "head" => UnitClass.Head,
                "classifier" => UnitClass.Classifier,
                "drop" => UnitClass.Drop,
                "descriptor" => UnitClass.Descriptor,
                _ => throw new InvalidOperationException($"units.tsv: unknown class '{row[2]}'"),
            };
            map[form.ToLowerInvariant()] = (Unicode.VietnameseText.NormalizeExpression(row[1]).Text, unitClass);
            maxWords = Math.Max(maxWords, form.Count(c => c == ' ') + 1);
            hasCommaEntries |= form.Contains(", ", StringComparison.Ordinal);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
