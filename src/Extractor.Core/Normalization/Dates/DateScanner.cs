using System.Collections.Immutable;
using Extractor.Documents;
using NodaTime;

namespace Extractor.Normalization.Dates;

/// <summary>Finds every date and time expression in running text, with its span, resolved against a reference date when one is given.</summary>
/// <remarks>Stateless and thread-safe. Spans are offsets into the text as given (callers pass NFC text, as the pipeline's normalized text is).
/// Figures use it to keep dates out of quantities; events and datelines use it to read when things happened.</remarks>
public static class DateScanner
{
    /// <summary>All expressions in <paramref name="text"/>, in order and not overlapping.</summary>
    public static ImmutableArray<DateMention> Scan(string text, LocalDate? reference = null) =>
        Scan(text, 0, text?.Length ?? 0, reference);

    /// <summary>All expressions between <paramref name="start"/> and <paramref name="end"/> of <paramref name="text"/>.</summary>
    public static ImmutableArray<DateMention> Scan(string text, int start, int end, LocalDate? reference = null)
    {
        if (string.IsNullOrEmpty(text) || start >= end)
        {
            return [];
        }

        var grammar = DateGrammar.Default;
        var tokens = grammar.Tokenizer.Tokenize(text, start, end);
        var mentions = ImmutableArray.CreateBuilder<DateMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var next = grammar.TryExpression(tokens, i, out var parts, out var first);
            if (next < 0)
            {
                i++;
                continue;
            }

            var span = new TextSpan(tokens[first].Start, tokens[next - 1].End);
            mentions.Add(DateResolver.Resolve(parts, span, reference));
            i = next;
        }

        return mentions.ToImmutable();
    }
}
