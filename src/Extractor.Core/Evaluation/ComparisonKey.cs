using System.Globalization;
using System.Text;
using Extractor.Pipeline;

namespace Extractor.Evaluation;

/// <summary>The text key the scorer compares names, titles, units and authors by.</summary>
/// <remarks>
/// NFC, case-folded, punctuation and dashes turned into spaces, whitespace folded, and each syllable's tone
/// mark compared apart from its placement ("hoà" = "hòa", "Uỷ" = "Ủy"): the tone is moved to the end of the syllable.
/// </remarks>
public static class ComparisonKey
{
    /// <summary>Words and short phrases (asked for over and over) are remembered, in bounded memory over any archive.</summary>
    private static readonly BoundedMemo<string> Remembered = new(capacity: 200_000, maxKeyLength: 40);

    public static string Of(string? text) => string.IsNullOrWhiteSpace(text) ? "" : Remembered.GetOrAdd(text, Compute);

    private static string Compute(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var result = new StringBuilder(decomposed.Length);
        var syllable = new StringBuilder();
        char tone = '\0';

        void Flush()
        {
            if (syllable.Length == 0)
            {
                return;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(syllable.ToString().Normalize(NormalizationForm.FormC));
            if (tone != '\0')
            {
                result.Append(tone);
            }

            syllable.Clear();
            tone = '\0';
        }

        foreach (var c in decomposed)
        {
            if (IsToneMark(c))
            {
                tone = c;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                syllable.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return result.ToString();
    }

    /// <summary>The five Vietnamese tone marks in decomposed form: huyền, sắc, ngã, hỏi, nặng.</summary>
    private static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
}
