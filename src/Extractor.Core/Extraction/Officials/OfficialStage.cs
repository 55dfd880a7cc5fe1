using Extractor.Documents;
using Extractor.Extraction.Places;
using Extractor.Pipeline;

namespace Extractor.Extraction.Officials;

/// <summary>The rule-based officials extractor: every named person with every title they hold, one entry per person, bylines excluded.</summary>
/// <remarks>Thread-safe: the lexicons are immutable and each article gets its own working state.</remarks>
public sealed class OfficialStage : IArticleProcessor
{
    private readonly OfficialExtractor _extractor;

    public OfficialStage()
        : this(TitleLexicon.Default, SurnameLexicon.Default, Gazetteer.Default)
    {
    }

    public OfficialStage(TitleLexicon titles, SurnameLexicon surnames, Gazetteer gazetteer) =>
        _extractor = new OfficialExtractor(titles, surnames, gazetteer);

    public string Name => "officials-rules";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Officials };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Officials = _extractor.Extract(document) };
    }
}
