using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Evaluation;
using Extractor.Facts;
using Extractor.Learning.Tagging;
using Extractor.Pipeline;

namespace Extractor.Learning.Officials;

/// <summary>Finds officials with the sequence tagger: alone ("ml"), or proposing what the rule stage before it missed ("rules+ml").</summary>
/// <remarks>
/// In <see cref="LearnedMode.Augment"/> the rules keep precision: an official the rules found stays as they found it,
/// and a learned person is added only when neither the name nor any mention collides with a rule official.
/// Thread-safe; the model is shared.
/// </remarks>
public sealed class LearnedOfficialStage(SequenceTaggerModel model, LearnedMode mode) : IArticleProcessor
{
    public string Name => "officials-ml";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Officials };

    public LearnedMode Mode => mode;

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var mentions = model.Transform(document.Text);
        var learned = OfficialAssembler.Assemble(document, mentions, "ml");
        return document with { Officials = mode == LearnedMode.Replace ? learned : Merge(document.Officials, learned) };
    }

    /// <summary>Rule officials first, unchanged; then learned officials that collide with none of them.</summary>
    internal static ImmutableArray<Official> Merge(ImmutableArray<Official> rules, ImmutableArray<Official> learned)
    {
        if (rules.IsDefaultOrEmpty)
        {
            return learned;
        }

        var keys = rules.Select(o => ComparisonKey.Of(o.Name)).ToHashSet(StringComparer.Ordinal);
        var spans = rules.SelectMany(o => o.Mentions.Concat(o.TitleSpans)).ToList();
        var result = rules.ToBuilder();
        foreach (var official in learned)
        {
            if (keys.Contains(ComparisonKey.Of(official.Name)) || official.Mentions.Any(m => spans.Any(s => s.Overlaps(m))))
            {
                continue;
            }

            result.Add(official);
        }

        return result.ToImmutable();
    }
}
