using Extractor.Extraction.Structure;
using Extractor.Normalization;
using Extractor.Pipeline;

namespace Extractor.Jobs;

/// <summary>Builds the standard article pipeline: normalize → structure (headline, dateline, byline) → facts.</summary>
public static class PipelineFactory
{
    public static PipelineBuilder CreateBuilder(ExtractorSet extractors = ExtractorSet.RulesAndMl)
    {
        _ = extractors;
        var builder = new PipelineBuilder()
            .Use(new TextNormalizationStage())
            .Use(new HeadlineStage());
        return builder;
    }

    public static ArticlePipeline Create(ExtractorSet extractors = ExtractorSet.RulesAndMl) => CreateBuilder(extractors).Build();
}
