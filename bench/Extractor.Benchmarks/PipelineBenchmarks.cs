using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Extractor.Documents;
using Extractor.Jobs;
using Extractor.Output;
using Extractor.Pipeline;

namespace Extractor.Benchmarks;

/// <summary>Text → facts for one article of about 600 words (target: 300k words/s per core, so at most 2 ms), and the cost of writing its record.</summary>
/// <remarks>The article is the bundled sample texts joined, as <c>extractor bench</c> builds them; set EXTRACTOR_BENCH_TEXT to time a real text.</remarks>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private ArticlePipeline _pipeline = null!;
    private ArticleDocument _document = null!;
    private ArticleRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = PipelineFactory.Create();
        _document = ArticleDocument.FromText(BenchTexts.Article(600), "bench.txt");
        _record = ArticleRecordMapper.ToRecord(_pipeline.Process(_document));
    }

    /// <summary>A fresh copy of the text each call: stages share per-text work (layout, words) through caches keyed by the
    /// text instance, and a real run never sees the same instance twice.</summary>
    [Benchmark]
    public ArticleRecord TextToFacts() => ArticleRecordMapper.ToRecord(_pipeline.Process(_document with { Text = new string(_document.Text) }));

    /// <summary>The record as a JSON string (what <c>extract</c> prints).</summary>
    [Benchmark]
    public int SerializeRecord() => JsonLines.Serialize(_record).Length;

    /// <summary>The record straight to UTF-8, as <c>run</c> writes articles.jsonl: the same bytes without the string.</summary>
    [Benchmark]
    public int SerializeRecordUtf8() => JsonSerializer.SerializeToUtf8Bytes(_record, JsonLines.Options).Length;
}
