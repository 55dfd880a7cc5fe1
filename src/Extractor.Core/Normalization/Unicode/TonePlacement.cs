namespace Extractor.Normalization.Unicode;

/// <summary>Moves a syllable's tone mark to its one canonical vowel: the classic placement ("hòa", "thủy", "Ủy", "khỏe").</summary>
/// <remarks>
/// The rule, for the vowel cluster after the initial consonant ("qu" and "gi" before a vowel count as consonants):
/// a vowel with a quality mark (â ê ô ă ơ ư) takes the tone, the last one when two have it ("ươ" → ơ);
/// a single vowel takes it; three vowels put it on the middle one ("ngoài", "khuỷu");
/// two vowels put it on the second when a final consonant follows ("hoàng", "huỳnh") and on the first when none
/// does ("hòa", "mùa", "thủy"). The placement keeps the syllable's length, so offsets do not move.
/// </remarks>
internal static class TonePlacement
{
    /// <summary>Rewrites <paramref name="syllable"/> in place; returns true when a mark moved.</summary>
    public static bool Canonicalize(Span<char> syllable)
    {
        if (syllable.Length < 2 || syllable.Length > 8)
        {
            return false;
        }

        var tone = 0;
        var toneAt = -1;
        for (var i = 0; i < syllable.Length; i++)
        {
            var t = VietnameseLetters.ToneOf(syllable[i]);
            if (t == 0)
            {
                continue;
            }

            if (toneAt >= 0)
            {
                return false; // two tones: not a Vietnamese syllable, leave it as written
            }

            tone = t;
            toneAt = i;
        }

        if (toneAt < 0)
        {
            return false;
        }

        var target = TargetVowel(syllable);
        if (target < 0 || target == toneAt)
        {
            return false;
        }

        var toned = VietnameseLetters.WithTone(VietnameseLetters.WithoutTone(syllable[target]), tone);
        if (toned == '\0')
        {
            return false;
        }

        syllable[toneAt] = VietnameseLetters.WithoutTone(syllable[toneAt]);
        syllable[target] = toned;
        return true;
    }

    /// <summary>The index of the vowel that carries the tone, or -1 when the syllable is not Vietnamese-shaped.</summary>
    internal static int TargetVowel(ReadOnlySpan<char> syllable)
    {
        var start = 0;
        while (start < syllable.Length && !VietnameseLetters.IsVowel(syllable[start]))
        {
            start++;
        }

        if (start == syllable.Length)
        {
            return -1;
        }

        var end = start;
        while (end < syllable.Length && VietnameseLetters.IsVowel(syllable[end]))
        {
            end++;
        }

        for (var i = end; i < syllable.Length; i++)
        {
            if (VietnameseLetters.IsVowel(syllable[i]))
            {
                return -1; // vowels after a consonant again: not one syllable
            }
        }

        // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
        if (start > 0 && end - start >= 2)
        {
            var before = VietnameseLetters.Fold(syllable[start - 1]);
            var first = VietnameseLetters.Fold(VietnameseLetters.WithoutTone(syllable[start]));
            if ((before == 'q' && first == 'u') || (before == 'g' && first == 'i' && start == 1))
            {
                start++;
            }
        }

        var count = end - start;
        var hasFinal = end < syllable.Length;
        for (var i = end - 1; i >= start; i--)
        {
            if (VietnameseLetters.HasQualityMark(VietnameseLetters.WithoutTone(syllable[i])))
            {
                return i;
            }
        }

        return count switch
        {
            1 => start,
            2 => hasFinal ? start + 1 : start,
            3 => start + 1,
            _ => -1,
        };
    }
}
