using System.Collections.Immutable;
using Extractor.Documents;
using Extractor.Evaluation;
using Extractor.Extraction.Officials;
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

    /// <summary>Rule officials first, unchanged; then learned officials that collide with none of them, keeping only
    /// their titles that open with an office of the shared title lexicon.</summary>
    /// <remarks>
    /// The tagger's strength is the long tail of names (ethnic-minority and foreign names, rare surnames) the rules'
    /// lexicons do not know; its titles are less reliable (a place tagged as a title). Requiring the title to open with
    /// an office, membership or rank of <see cref="TitleLexicon"/> (the same lexicon the rules read) keeps the rules'
    /// precision on what is added.
    /// </remarks>
    internal static ImmutableArray<Official> Merge(ImmutableArray<Official> rules, ImmutableArray<Official> learned, TitleLexicon? titles = null)
    {
        var lexicon = titles ?? TitleLexicon.Default;
        var keys = (rules.IsDefault ? [] : rules).Select(o => ComparisonKey.Of(o.Name)).ToHashSet(StringComparer.Ordinal);
        var spans = (rules.IsDefault ? [] : rules).SelectMany(o => o.Mentions.Concat(o.TitleSpans)).ToList();
        var result = rules.IsDefault ? ImmutableArray.CreateBuilder<Official>() : rules.ToBuilder();
        foreach (var official in learned)
        {
            if (keys.Contains(ComparisonKey.Of(official.Name)) || official.Mentions.Any(m => spans.Any(s => s.Overlaps(m))))
            {
                continue;
            }

            if (WithLexiconTitles(official, lexicon) is { } kept)
            {
                result.Add(kept);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The official with only the titles that open with [modifier]* office, membership or rank of the lexicon; null when none does.</summary>
    internal static Official? WithLexiconTitles(Official official, TitleLexicon lexicon)
    {
        var keep = Enumerable.Range(0, official.Titles.Length).Where(i => OpensWithOffice(official.Titles[i], lexicon)).ToList();
        if (keep.Count == official.Titles.Length)
        {
            return official;
        }

        return keep.Count == 0 ? null : official with
        {
            Titles = [.. keep.Select(i => official.Titles[i])],
            TitleSpans = official.TitleSpans.Length == official.Titles.Length ? [.. keep.Select(i => official.TitleSpans[i])] : official.TitleSpans,
        };
    }

    /// <summary>True when a title opens with up to two modifiers ("Phó", "nguyên", "Quyền") and an office, membership or rank of the lexicon.</summary>
    internal static bool OpensWithOffice(string title, TitleLexicon lexicon)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = 0;
        for (var m = 0; m < 2 && k < words.Length; m++)
        {
            var modifier = lexicon.Match(words, k, TitleWordClass.Modifier);
            if (modifier == 0)
            {
                break;
            }

            k += modifier;
        }

        return k < words.Length && lexicon.Match(words, k, TitleWordClass.TitleHead) > 0;
    }
}
