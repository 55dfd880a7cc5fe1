using Extractor.Normalization.Dates;
using Extractor.Lexicons;

namespace Extractor.Extraction.Events;

/// <summary>The event lexicon (Lexicons/Events/event-kinds.tsv): event nouns with their kind, reporting verbs, plan markers and name boundaries.</summary>
/// <remarks>Immutable after loading; shared by every thread. Phrases are lowercase NFC.</remarks>
internal sealed class EventLexicon
{
    private readonly Dictionary<string, (string Phrase, string Kind)[]> _byRole;

    private EventLexicon(IEnumerable<string[]> rows)
    {
        _byRole = rows
            .Where(r => r.Length >= 2)
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => (r[0].ToLowerInvariant(), r.Length > 2 ? r[2] : "")).OrderByDescending(p => p.Item1.Length).ToArray(),
                StringComparer.Ordinal);
    }

    public static EventLexicon Default { get; } = new(LexiconResource.ReadRows("Events/event-kinds.tsv"));

    public IReadOnlyList<(string Phrase, string Kind)> Role(string role) => _byRole.TryGetValue(role, out var list) ? list : [];

    /// <summary>The longest phrase of <paramref name="role"/> at <paramref name="index"/> of <paramref name="text"/>, as a whole word.</summary>
    public (string Phrase, string Kind)? MatchAt(string role, string text, int index, bool ignoreCase)
    {
        foreach (var entry in Role(role))
        {
            if (index + entry.Phrase.Length <= text.Length
                && string.Compare(text, index, entry.Phrase, 0, entry.Phrase.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0
                && IsBoundary(text, index - 1) && IsBoundary(text, index + entry.Phrase.Length))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The first phrase of <paramref name="role"/> between <paramref name="start"/> and <paramref name="end"/>, as (index, phrase, kind).</summary>
    public (int Index, string Phrase, string Kind)? FindFirst(string role, string text, int start, int end, bool ignoreCase)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsBoundary(text, i - 1))
            {
                continue;
            }

            if (MatchAt(role, text, i, ignoreCase) is { } match && i + match.Phrase.Length <= end)
            {
                return (i, match.Phrase, match.Kind);
            }
        }

        return null;
    }

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
