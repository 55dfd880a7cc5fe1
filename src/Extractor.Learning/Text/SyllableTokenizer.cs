using System.Globalization;
using Extractor.Documents;

namespace Extractor.Learning.Text;

/// <summary>Splits text into syllables, numbers and punctuation marks, and groups them into sentences.</summary>
/// <remarks>Never throws and never drops a non-space character: every letter, digit and mark lands in exactly one token.</remarks>
public static class SyllableTokenizer
{
    public static Token[] Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    /// <summary>Tokenizes only the characters inside <paramref name="range"/>.</summary>
    public static Token[] Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>(range.Length / 4 + 1);
        var i = range.Start;
        var lineStart = true;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    lineStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (IsLetter(c))
            {
                while (i < range.End && IsLetter(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < range.End && (char.IsDigit(text[i]) || (IsNumberSeparator(text[i]) && i + 1 < range.End && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }

            tokens.Add(new Token(new TextSpan(start, i), kind, lineStart));
            lineStart = false;
        }

        return [.. tokens];
    }

    /// <summary>Sentence boundaries as [start, end) token index ranges: a line break, or . ! ? before a capital or a line end.</summary>
    public static IReadOnlyList<Range> Sentences(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var endsHere = i + 1 == tokens.Count || tokens[i + 1].LineStart;
            if (!endsHere && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Span.Start] is '.' or '!' or '?')
            {
                var next = tokens[i + 1];
                endsHere = next.Span.Start > tokens[i].Span.End && char.IsUpper(text[next.Span.Start]) && !IsAbbreviation(text, tokens, i);
            }

            if (endsHere)
            {
                sentences.Add(new Range(start, i + 1));
                start = i + 1;
            }
        }

        return sentences;
    }

    private static bool IsAbbreviation(string text, IReadOnlyList<Token> tokens, int dot)
    {
        // "TP. Nha Trang", "Th.S Nguyễn": a short all-capital word right before the dot is not a sentence end.
        if (dot == 0 || tokens[dot - 1].Kind != TokenKind.Word || tokens[dot - 1].Span.End != tokens[dot].Span.Start)
        {
            return false;
        }

        var word = tokens[dot - 1].Span;
        if (word.Length > 3)
        {
            return false;
        }

        for (var k = word.Start; k < word.End; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsNumberSeparator(char c) => c is '.' or ',';
}
