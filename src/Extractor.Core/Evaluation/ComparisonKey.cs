using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Extractor.Evaluation;

/// <summary>The text key the scorer compares names, titles, units and authors by.</summary>
/// <remarks>
/// NFC, case-folded, punctuation and dashes turned into spaces, whitespace folded, and each syllable's tone
/// mark compared apart from its placement ("hoà" = "hòa", "Uỷ" = "Ủy"): the tone is moved to the end of the syllable.
/// </remarks>
public static class ComparisonKey
{
    /// <summary>Texts up to this long (words and short phrases, asked for over and over) are remembered.</summary>
    private const int MaxRememberedLength = 40;

    /// <summary>How many keys are remembered at most, so memory stays bounded over any archive.</summary>
    private const int MaxRemembered = 200_000;

    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    private static int _remembered;

    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        if (text.Length > MaxRememberedLength)
        {
            return Compute(text);
        }

        if (Remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        // A counter, not Remembered.Count: the dictionary's count takes every lock, on the hot path of each new word.
        var key = Compute(text);
        if (Volatile.Read(ref _remembered) < MaxRemembered && Remembered.TryAdd(text, key))
        {
            Interlocked.Increment(ref _remembered);
        }

        return key;
    }

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
