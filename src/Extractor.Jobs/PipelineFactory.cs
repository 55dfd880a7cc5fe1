using Extractor.Extraction.Figures;
using Extractor.Extraction.Events;
using Extractor.Extraction.Officials;
using Extractor.Extraction.Places;
using Extractor.Extraction.Structure;
using Extractor.Learning;
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
        builder.Use(new DatelineStage());
        builder.Use(new BylineStage());
        builder.Use(new FurnitureStage());

        // 3. Facts by rules: officials, figures, events, places. They run for every extractor set: "ml"
        //    replaces only the officials rules, in section 4.
        {
            builder.Use(new OfficialStage());
            builder.Use(new PlaceStage());
            builder.Use(new EventStage());
            builder.Use(new FigureStage());
        }

        // 4. Learned extractors (proposing what rules miss, or replacing them for "ml"); without model files
        //    this adds nothing and the run behaves as "rules".
        if (extractors != ExtractorSet.Rules)
        {
            builder.UseLearnedExtractors(LearnedModels.Shared, extractors == ExtractorSet.Ml ? LearnedMode.Replace : LearnedMode.Augment);
        }

        return builder;
    }

    public static ArticlePipeline Create(ExtractorSet extractors = ExtractorSet.RulesAndMl) => CreateBuilder(extractors).Build();
}
