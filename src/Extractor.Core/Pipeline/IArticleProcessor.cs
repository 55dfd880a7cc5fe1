using Extractor.Documents;

namespace Extractor.Pipeline;

/// <summary>One stage of the pipeline: reads some annotation layers of a document and adds others.</summary>
/// <remarks>
/// Rule-based and learned extractors implement the same interface so they can be swapped or combined.
/// Implementations must be thread-safe (one instance serves every worker) and must not throw on odd
/// input: a stage that cannot cope returns the document with an entry in <see cref="ArticleDocument.Errors"/>.
/// </remarks>
public interface IArticleProcessor
{
    /// <summary>A short stable name ("officials-rules").</summary>
    string Name { get; }

    IReadOnlySet<ArticleLayer> Requires { get; }

    IReadOnlySet<ArticleLayer> Produces { get; }

    ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default);
}
