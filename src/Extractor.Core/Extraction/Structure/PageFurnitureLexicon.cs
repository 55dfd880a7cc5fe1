using Extractor.Normalization.Dates;
using Extractor.Lexicons;

namespace Extractor.Extraction.Structure;

/// <summary>The page-furniture lexicon (Lexicons/Structure/page-furniture.tsv): chrome lines, counters, tail lists, captions, credits and dateline words.</summary>
/// <remarks>Immutable after loading; shared by every thread. Phrases are lowercase NFC; callers pass lowercased lines.</remarks>
internal sealed class PageFurnitureLexicon
{
    private readonly Dictionary<string, string[]> _byKind;

    private PageFurnitureLexicon(IEnumerable<string[]> rows)
    {
        _byKind = rows
            .Where(r => r.Length >= 2)
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => r[0].ToLowerInvariant()).OrderByDescending(p => p.Length).ToArray(),
                StringComparer.Ordinal);
    }

    public static PageFurnitureLexicon Default { get; } = new(LexiconResource.ReadRows("Structure/page-furniture.tsv"));

    /// <summary>True when the whole lowercased line is a phrase of <paramref name="kind"/>.</summary>
    public bool IsWhole(string kind, string lower) => Phrases(kind).Any(p => string.Equals(p, lower, StringComparison.Ordinal));

    /// <summary>The length of the longest phrase of <paramref name="kind"/> the lowercased text starts with (a whole word), or 0.</summary>
    public int StartsWith(string kind, string lower)
    {
        foreach (var phrase in Phrases(kind))
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal)
                && (lower.Length == phrase.Length || !char.IsLetterOrDigit(lower[phrase.Length]) || !char.IsLetterOrDigit(phrase[^1])))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>The length of the longest phrase of <paramref name="kind"/> the lowercased text ends with (a whole word), or 0.</summary>
    public int EndsWith(string kind, string lower)
    {
        foreach (var phrase in Phrases(kind))
        {
            if (lower.EndsWith(phrase, StringComparison.Ordinal)
                && (lower.Length == phrase.Length || !char.IsLetterOrDigit(lower[lower.Length - phrase.Length - 1])))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Where a phrase of <paramref name="kind"/> first occurs in the lowercased text, as (index, length); (-1, 0) when none.</summary>
    public (int Index, int Length) Find(string kind, string lower)
    {
        var best = (-1, 0);
        foreach (var phrase in Phrases(kind))
        {
            var at = lower.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0 && at > 0 && char.IsLetterOrDigit(lower[at - 1]))
            {
                at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }

            if (at >= 0 && (best.Item1 < 0 || at < best.Item1))
            {
                best = (at, phrase.Length);
            }
        }

        return best;
    }

    public IReadOnlyList<string> Phrases(string kind) => _byKind.TryGetValue(kind, out var list) ? list : [];
}
