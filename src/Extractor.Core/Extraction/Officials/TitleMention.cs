using Extractor.Documents;

namespace Extractor.Extraction.Officials;

/// <summary>One title as one mention writes it: the text, its evidence span, the key of its office head and of all its words.</summary>
internal sealed record TitleMention(string Text, TextSpan Span, string HeadKey, IReadOnlySet<string> WordKeys)
{
    public string Key { get; } = PhraseKey.Of(Text);

    /// <summary>True when both name the same office: equal keys, or the same head with one's words inside the other's ("Bí thư Đảng uỷ Khối" and "Bí thư Đảng uỷ Khối các cơ quan tỉnh").</summary>
    public bool IsVariantOf(TitleMention other) =>
        Key == other.Key
        || (HeadKey == other.HeadKey && (WordKeys.IsSubsetOf(other.WordKeys) || other.WordKeys.IsSubsetOf(WordKeys)));
}
