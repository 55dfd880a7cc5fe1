using System.Globalization;
using Extractor.Normalization.Unicode;

namespace Extractor.Normalization.Dates;

/// <summary>Splits text into date tokens without allocating for words outside the date vocabulary.</summary>
/// <remarks>Thread-safe: the vocabulary is read-only after construction.</remarks>
internal sealed class DateTokenizer
{
    private const int MaxWordLength = 24;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;

    public DateTokenizer(IEnumerable<string> vocabulary)
    {
        var set = new HashSet<string>(vocabulary, StringComparer.Ordinal);
        _vocabulary = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public List<DateToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<DateToken>(Math.Max(4, (end - start) / 4));
        Span<char> lower = stackalloc char[MaxWordLength];
        var i = start;
        var space = true;
        var line = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                space = true;
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    line = true;
                }

                i++;
                continue;
            }

            var from = i;
            if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    if (i - from < 9)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    i++;
                }

                tokens.Add(new DateToken(DateTokenKind.Number, from, i, value, i - from, null, '\0', space, line));
            }
            else if (IsLetter(c))
            {
                while (i < end && IsLetter(text[i]))
                {
                    i++;
                }

                string? word = null;
                var length = i - from;
                if (length <= MaxWordLength)
                {
                    var span = lower[..length];
                    Lowercase.Write(text.AsSpan(from, length), span);
                    // 'Ð' (U+00D0, Icelandic eth) is a common look-alike of 'Đ'; it lowercases to 'ð'.
                    for (var k = 0; k < span.Length; k++)
                    {
                        if (span[k] == 'ð')
                        {
                            span[k] = 'đ';
                        }
                    }

                    if (!_vocabulary.TryGetValue(span, out word))
                    {
                        // The older i spelling of y after a consonant: "quí", "kì" ("nhiệm kì", "thời kì").
                        var modern = span.SequenceEqual("quí") ? "quý" : span.SequenceEqual("kì") ? "kỳ" : null;
                        if (modern is not null)
                        {
                            _vocabulary.TryGetValue(modern, out word);
                        }
                    }
                }

                tokens.Add(new DateToken(DateTokenKind.Word, from, i, 0, 0, word, '\0', space, line));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(DateTokenKind.Symbol, from, i, 0, 0, null, c, space, line));
            }

            space = false;
            line = false;
        }

        return tokens;
    }

    private static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
