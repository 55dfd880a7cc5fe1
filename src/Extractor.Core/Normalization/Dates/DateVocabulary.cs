using System.Globalization;
using Extractor.Lexicons;

namespace Extractor.Normalization.Dates;

/// <summary>The date lexicon (Lexicons/Dates/date-words.tsv): weekday, day-part, relative and month words by category, matched on tokens.</summary>
/// <remarks>Immutable after loading; one instance serves every thread.</remarks>
internal sealed class DateVocabulary
{
    private readonly Dictionary<string, List<Phrase>> _byFirstWord = new(StringComparer.Ordinal);

    private DateVocabulary(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length < 3)
            {
                continue;
            }

            var words = row[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var phrase = new Phrase(words, row[1], row[2]);
            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                list = [];
                _byFirstWord[words[0]] = list;
            }

            list.Add(phrase);
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Every word the lexicon uses, for the tokenizer's vocabulary.</summary>
    public IEnumerable<string> Words => _byFirstWord.Values.SelectMany(l => l).SelectMany(p => p.Words).Where(w => !char.IsAsciiDigit(w[0]));

    public static DateVocabulary Load() => new(LexiconResource.ReadRows("Dates/date-words.tsv"));

    /// <summary>The longest phrase of <paramref name="category"/> starting at token <paramref name="index"/>, on one line.</summary>
    public bool TryMatch(List<DateToken> tokens, int index, string category, out string value, out int next)
    {
        value = "";
        next = index;
        if (index >= tokens.Count || Key(tokens[index]) is not { } first || !_byFirstWord.TryGetValue(first, out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.Category != category || index + phrase.Words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < phrase.Words.Length && ok; k++)
            {
                var token = tokens[index + k];
                ok = !token.LineBefore && Key(token) == phrase.Words[k];
            }

            if (ok)
            {
                value = phrase.Value;
                next = index + phrase.Words.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>The integer value of a matched phrase.</summary>
    public static int IntValue(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string? Key(DateToken token) => token.Kind switch
    {
        DateTokenKind.Word => token.Word,
        DateTokenKind.Number when token.Digits <= 2 => token.Number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private sealed record Phrase(string[] Words, string Category, string Value);
}
