using Extractor.Normalization.Dates;
using Extractor.Lexicons;

namespace Extractor.Extraction.Events;

/// <summary>The event lexicon (Lexicons/Events/event-kinds.tsv): event nouns with their kind, reporting verbs, plan markers and name boundaries.</summary>
/// <remarks>Immutable after loading; shared by every thread. Phrases are lowercase NFC.</remarks>
internal sealed class EventLexicon
{
    private readonly Dictionary<string, RolePhrases> _byRole;

    private EventLexicon(IEnumerable<string[]> rows)
    {
        _byRole = rows
            .Where(r => r.Length >= 2)
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new RolePhrases(g.Select(r => (r[0].ToLowerInvariant(), r.Length > 2 ? r[2] : "")).OrderByDescending(p => p.Item1.Length).ToArray()),
                StringComparer.Ordinal);
    }

    public static EventLexicon Default { get; } = new(LexiconResource.ReadRows("Events/event-kinds.tsv"));

    public IReadOnlyList<(string Phrase, string Kind)> Role(string role) => _byRole.TryGetValue(role, out var list) ? list.Phrases : [];

    /// <summary>The longest phrase of <paramref name="role"/> at <paramref name="index"/> of <paramref name="text"/>, as a whole word.</summary>
    public (string Phrase, string Kind)? MatchAt(string role, string text, int index, bool ignoreCase) =>
        _byRole.TryGetValue(role, out var phrases) ? phrases.MatchAt(text, index, ignoreCase) : null;

    /// <summary>The first phrase of <paramref name="role"/> between <paramref name="start"/> and <paramref name="end"/>, as (index, phrase, kind).</summary>
    public (int Index, string Phrase, string Kind)? FindFirst(string role, string text, int start, int end, bool ignoreCase)
    {
        if (!_byRole.TryGetValue(role, out var phrases))
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            if (!IsBoundary(text, i - 1) || !phrases.MayStartWith(text[i]))
            {
                continue;
            }

            if (phrases.MatchAt(text, i, ignoreCase) is { } match && i + match.Phrase.Length <= end)
            {
                return (i, match.Phrase, match.Kind);
            }
        }

        return null;
    }

    /// <summary>One role's phrases, longest first, with the characters any of them can open with.</summary>
    /// <remarks>
    /// Finding a trigger tries every phrase at every word start of a sentence; most words open with a character no phrase
    /// opens with, so a table lookup turns them away before the string comparisons.
    /// </remarks>
    private sealed class RolePhrases
    {
        /// <summary>Characters below this have an entry in <see cref="_opens"/>; any other may open a phrase.</summary>
        private const int TableSize = 0x2000;

        private readonly bool[] _opens = new bool[TableSize];

        public RolePhrases((string Phrase, string Kind)[] phrases)
        {
            Phrases = phrases;
            var firsts = phrases.Where(p => p.Phrase.Length > 0).Select(p => p.Phrase[0]).Distinct().ToArray();
            var hasEmpty = phrases.Any(p => p.Phrase.Length == 0);
            for (var c = 0; c < TableSize; c++)
            {
                // Built with the comparison MatchAt uses, so the table turns away exactly the characters that cannot match.
                var ch = (char)c;
                _opens[c] = hasEmpty || firsts.Any(f => MemoryExtensions.Equals([ch], [f], StringComparison.OrdinalIgnoreCase));
            }
        }

        public (string Phrase, string Kind)[] Phrases { get; }

        public bool MayStartWith(char c) => c >= TableSize || _opens[c];

        public (string Phrase, string Kind)? MatchAt(string text, int index, bool ignoreCase)
        {
            foreach (var entry in Phrases)
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
    }

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
