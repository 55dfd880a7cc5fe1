using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Normalization.Unicode;
using Extractor.Pipeline;

namespace Extractor.Normalization;

/// <summary>The first stage: puts the article text into canonical form and keeps the map back to the raw text.</summary>
/// <remarks>See <see cref="VietnameseText"/> for what canonical means. A document whose text is already canonical is returned as is.</remarks>
public sealed class TextNormalizationStage : IArticleProcessor
{
    public string Name => "normalize-text";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer>();

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var normalized = VietnameseText.Normalize(document.Text);
        if (!normalized.Changed)
        {
            return document;
        }

        var offsets = normalized.RawOffsets;
        if (!document.RawOffsets.IsDefaultOrEmpty && document.RawOffsets.Length == document.Text.Length + 1)
        {
            // An earlier reader already mapped its text to the input: compose the two maps.
            var composed = ImmutableArray.CreateBuilder<int>(offsets.Length);
            foreach (var at in offsets)
            {
                composed.Add(document.RawOffsets[at]);
            }

            offsets = composed.MoveToImmutable();
        }

        var title = document.Title is null ? null : VietnameseText.NormalizeExpression(document.Title).Text;
        return document with { Text = normalized.Text, RawOffsets = offsets, Title = title, TitleSpan = null };
    }
}
