using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Jobs.Tests;

/// <summary>A pipeline stage made of a delegate, for testing how jobs treat slow, hanging or throwing stages.</summary>
internal sealed class DelegateStage(string name, Func<ArticleDocument, CancellationToken, ArticleDocument> process) : IArticleProcessor
{
    public string Name => name;

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer>();

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer>();

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default) => process(document, cancellationToken);

    public static ArticlePipeline Pipeline(Func<ArticleDocument, CancellationToken, ArticleDocument> process) =>
        new PipelineBuilder().Use(new DelegateStage("test", process)).Build();
}
