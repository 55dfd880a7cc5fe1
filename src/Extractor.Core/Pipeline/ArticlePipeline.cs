using System.Collections.Immutable;
using Extractor.Documents;

namespace Extractor.Pipeline;

/// <summary>A sealed, ordered list of stages built by <see cref="PipelineBuilder"/>; reused across threads.</summary>
/// <remarks>A stage that throws is isolated: its error is recorded on the document and later stages still run.</remarks>
public sealed class ArticlePipeline
{
    internal ArticlePipeline(ImmutableArray<IArticleProcessor> stages) => Stages = stages;

    public ImmutableArray<IArticleProcessor> Stages { get; }

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = stage.Process(document, cancellationToken) with { Stages = document.Stages.Add(stage.Name) };
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                document = document.WithError($"stage {stage.Name} failed: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return document;
    }
}
