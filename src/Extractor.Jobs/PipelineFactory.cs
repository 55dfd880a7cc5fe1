using Extractor.Extraction.Structure;
using Extractor.Normalization;
using Extractor.Pipeline;

namespace Extractor.Jobs;

/// <summary>Builds the standard article pipeline: normalize → structure (headline, dateline, byline) → facts.</summary>
/// <remarks>The order of the sections below is the data flow; each stage declares what it requires and the builder checks it.</remarks>
public static class PipelineFactory
{
    public static PipelineBuilder CreateBuilder(ExtractorSet extractors = ExtractorSet.RulesAndMl)
    {
        var builder = new PipelineBuilder();

        // 1. Text: canonical Unicode with the raw offset map.
        builder.Use(new TextNormalizationStage());

        // 2. Structure: headline, dateline, byline, page furniture.
        builder.Use(new HeadlineStage());

        // 3. Facts by rules: officials, figures, events, places.
        if (extractors != ExtractorSet.Ml)
        {
        }

        // 4. Learned extractors (proposing what rules miss, or replacing them for "ml").
        if (extractors != ExtractorSet.Rules)
        {
        }

        return builder;
    }

    public static ArticlePipeline Create(ExtractorSet extractors = ExtractorSet.RulesAndMl) => CreateBuilder(extractors).Build();
}
