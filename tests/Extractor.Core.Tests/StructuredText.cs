using Extractor.Documents;
using Extractor.Extraction.Structure;
using Extractor.Normalization;
using Extractor.Pipeline;

namespace Extractor.Core.Tests;

/// <summary>Runs text through normalization and the four structure stages (headline, dateline, byline, furniture), then the given stages.</summary>
internal static class StructuredText
{
    public static ArticleDocument Process(string text, params IArticleProcessor[] then)
    {
        var builder = new PipelineBuilder()
            .Use(new TextNormalizationStage())
            .Use(new HeadlineStage())
            .Use(new DatelineStage())
            .Use(new BylineStage())
            .Use(new FurnitureStage());
        foreach (var stage in then)
        {
            builder.Use(stage);
        }

        return builder.Build().Process(ArticleDocument.FromText(text));
    }
}
