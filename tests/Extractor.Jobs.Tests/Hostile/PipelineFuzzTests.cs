using Extractor.Documents;
using Extractor.Jobs.Extract;
using Extractor.Testing;

namespace Extractor.Jobs.Tests.Hostile;

/// <summary>Issue 10 item 2: the fact extractors over random and mutated articles: no stage fails, none hangs, invariants hold.</summary>
public sealed class PipelineFuzzTests
{
    private const int Iterations = 150;

    private static readonly Lazy<ExtractJob> Job = new(() => new ExtractJob(
        new ExtractOptions { Paths = [], DocumentTimeout = TimeSpan.FromSeconds(10) }, PipelineFactory.Create()));

    public static TheoryData<string, int> Generators() => new()
    {
        { "characters", 21 },
        { "tokens", 22 },
        { "mutated", 23 },
        { "mutated", 24 },
        { "lone-surrogates", 25 },
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void Every_stage_copes_with_random_and_mutated_articles(string generator, int seed) =>
        Fuzz(generator, seed, RecordInvariants.Violations).Should().BeEmpty($"{generator} with seed {seed}");

    [Theory]
    [MemberData(nameof(Generators))]
    public void Figures_from_random_and_mutated_articles_have_finite_values(string generator, int seed) =>
        Fuzz(generator, seed, RecordInvariants.UndefinedFigures).Should().BeEmpty($"{generator} with seed {seed}");

    private static List<string> Fuzz(string generator, int seed, Func<Output.ArticleRecord, IReadOnlyList<string>> check)
    {
        var fuzz = new FuzzText(seed);
        var samples = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "sample"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var failures = new List<string>();
        for (var i = 0; i < Iterations; i++)
        {
            var text = generator switch
            {
                "characters" => fuzz.Characters(600),
                "lone-surrogates" => fuzz.Characters(600, loneSurrogates: true),
                "tokens" => fuzz.Tokens(150),
                _ => fuzz.Mutate(samples[i % samples.Count], fuzz.Random.Next(1, 40)),
            };

            var record = Job.Value.ProcessDocument(ArticleDocument.FromText(text, $"{generator}-{seed}-{i}"));

            failures.AddRange(record.Errors.Where(e => e.Contains("stage", StringComparison.Ordinal) || e.Contains("gave up", StringComparison.Ordinal))
                .Select(e => $"#{i}: {e}"));
            failures.AddRange(check(record).Select(v => $"#{i}: {v}"));
        }

        return failures;
    }
}
