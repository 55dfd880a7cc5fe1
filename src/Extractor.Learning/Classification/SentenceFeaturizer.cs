using Extractor.Learning.Features;
using Extractor.Learning.Text;

namespace Extractor.Learning.Classification;

/// <summary>Bag-of-syllables features of a sentence: syllables, syllable pairs, the opening words and word-list classes.</summary>
/// <remarks>Syllables are compared by key, so case and tone-mark placement do not matter.</remarks>
internal static class SentenceFeaturizer
{
    public const string FeatureSetId = "sentence-bow-v1";

    private static readonly ulong Bias = SyllableKey.Literal("bias");
    private static readonly ulong Unigram = SyllableKey.Literal("uni");
    private static readonly ulong Bigram = SyllableKey.Literal("bi");
    private static readonly ulong Opening = SyllableKey.Literal("open");
    private static readonly ulong HasNumber = SyllableKey.Literal("num");

    public static List<ulong> Extract(string text)
    {
        var tokens = SyllableTokenizer.Tokenize(text);
        var features = new List<ulong>(tokens.Length * 2 + 4) { Bias };
        var previous = SyllableKey.Literal("<s>");
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            var key = token.Kind == TokenKind.Number ? HasNumber : SyllableKey.Of(text, token.Span.Start, token.Span.End);
            features.Add(SyllableKey.Mix(Unigram, key));
            features.Add(SyllableKey.Mix(Bigram, SyllableKey.Mix(previous, key)));
            if (words < 3)
            {
                features.Add(SyllableKey.Mix(Opening, SyllableKey.Mix((ulong)words, key)));
            }

            previous = key;
            words++;
        }

        features.Sort();
        var distinct = features.Distinct().ToList();
        return distinct;
    }
}
