using System.Collections.Immutable;

namespace Extractor.Pipeline;

/// <summary>Assembles stages in order and checks that each stage's required layers are produced before it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IArticleProcessor> _stages = [];

    public IReadOnlyList<IArticleProcessor> Stages => _stages;

    public PipelineBuilder Use(IArticleProcessor stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Replaces the stage with the given name (or appends when absent): how a learned extractor takes a rule's place.</summary>
    public PipelineBuilder Replace(string name, IArticleProcessor stage)
    {
        var index = _stages.FindIndex(s => s.Name == name);
        if (index < 0)
        {
            _stages.Add(stage);
        }
        else
        {
            _stages[index] = stage;
        }

        return this;
    }

    public PipelineBuilder Remove(string name)
    {
        _stages.RemoveAll(s => s.Name == name);
        return this;
    }

    /// <exception cref="InvalidOperationException">A stage requires a layer no earlier stage produces.</exception>
    public ArticlePipeline Build()
    {
        var produced = new HashSet<ArticleLayer>();
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(layer => !produced.Contains(layer)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage produces.");
            }

            produced.UnionWith(stage.Produces);
        }

        return new ArticlePipeline([.. _stages]);
    }
}
