using BenchmarkDotNet.Attributes;
using Extractor.Documents;
using Extractor.Jobs;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>Each pipeline stage alone on a 600-word article that has been through the stages before it: where text → facts spends its time.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IArticleProcessor _stage = null!;
    private ArticleDocument _input = null!;

    /// <summary>The stage timed, by name ("officials-rules" …).</summary>
    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    public static IEnumerable<string> StageNames() => PipelineFactory.Create().Stages.Select(s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = PipelineFactory.Create();
        var document = ArticleDocument.FromText(BenchTexts.Article(600), "bench.txt");
        foreach (var stage in pipeline.Stages)
        {
            if (stage.Name == Stage)
            {
                _stage = stage;
                _input = document;
                return;
            }

            document = stage.Process(document);
        }

        throw new InvalidOperationException($"no stage named {Stage}");
    }

    /// <summary>The stage on a fresh copy of the text: stages share per-text work (the page layout, the article's words)
    /// through caches keyed by the text instance, so the same instance again would time a cache hit. A stage that reads
    /// such shared work first (headline for the layout, officials-rules for the words) pays for it here.</summary>
    [Benchmark]
    public ArticleDocument Process() => _stage.Process(_input with { Text = new string(_input.Text) });
}
