using Extractor.Learning.Events;
using Extractor.Learning.Officials;
using Extractor.Pipeline;

namespace Extractor.Learning;

/// <summary>Adds the learned stages to a pipeline, after the rule stages they augment or replace.</summary>
public static class LearnedPipelineExtensions
{
    /// <summary>
    /// <see cref="LearnedMode.Augment"/> appends the tagger's officials stage after the rules; <see cref="LearnedMode.Replace"/>
    /// first removes every other stage that produces officials. A missing model adds nothing, so the run falls back to the rules.
    /// </summary>
    public static PipelineBuilder UseLearnedExtractors(this PipelineBuilder builder, LearnedModels models, LearnedMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(models);
        if (models.Tagger is { } tagger)
        {
            if (mode == LearnedMode.Replace)
            {
                foreach (var name in builder.Stages.Where(s => s.Produces.Contains(ArticleLayer.Officials)).Select(s => s.Name).ToList())
                {
                    builder.Remove(name);
                }
            }

            builder.Use(new LearnedOfficialStage(tagger, mode));
        }

        if (models.EventTense is { } tense && builder.Stages.Any(s => s.Produces.Contains(ArticleLayer.Events)))
        {
            builder.Use(new EventTenseStage(tense));
        }

        return builder;
    }
}
