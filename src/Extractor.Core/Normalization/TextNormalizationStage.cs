using System.Collections.Immutable;
using System.Text;
using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Normalization;

/// <summary>The first stage: puts the article text into canonical form and keeps the map back to the raw text.</summary>
public sealed class TextNormalizationStage : IArticleProcessor
{
    public string Name => "normalize-text";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer>();

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        if (text.IsNormalized(NormalizationForm.FormC))
        {
            return document;
        }

        // First cut: NFC per character run, with a map built by re-normalizing prefixes of each combining sequence.
        var builder = new StringBuilder(text.Length);
        var map = ImmutableArray.CreateBuilder<int>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            while (j < text.Length && char.GetUnicodeCategory(text[j]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
            }

            var piece = text[i..j].Normalize(NormalizationForm.FormC);
            foreach (var _ in piece)
            {
                map.Add(i);
            }

            builder.Append(piece);
            i = j;
        }

        map.Add(text.Length);
        return document with { Text = builder.ToString(), RawOffsets = map.ToImmutable() };
    }
}
