using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Extraction.Structure;

/// <summary>Marks page furniture that no fact may come from: counters ("Lượt xem: 26"), link lists, "In trang", menus, repeated captions, photo credits, bylines and datelines.</summary>
/// <remarks>Fact stages honour the spans through <see cref="ArticleDocument.IsFurniture"/>. The phrases are data (Lexicons/Structure/page-furniture.tsv). Thread-safe.</remarks>
public sealed class FurnitureStage : IArticleProcessor
{
    public string Name => "furniture";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Furniture };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var layout = PageLayout.Analyze(document.Text);
        return document with { Furniture = document.Furniture.AddRange(layout.Furniture) };
    }
}
