using Extractor.Evaluation;

namespace Extractor.Extraction.Officials;

/// <summary>The key lexicon phrases are matched by: case-folded, punctuation as spaces, tone-mark placement ignored.</summary>
/// <remarks>It is the scorer's comparison key on purpose: a title the lexicon recognises compares as the gold writes it.</remarks>
internal static class PhraseKey
{
    public static string Of(string text) => ComparisonKey.Of(text);

    /// <summary>The key of words[start..start+count) joined by spaces.</summary>
    public static string Join(IReadOnlyList<string> keys, int start, int count)
    {
        if (count == 1)
        {
            return keys[start];
        }

        return string.Join(' ', Enumerable.Range(start, count).Select(i => keys[i]).Where(k => k.Length > 0));
    }
}
