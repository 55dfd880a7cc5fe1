using Extractor.Jobs.Inputs;
using Extractor.Output;

namespace Extractor.Jobs.Run;

/// <summary>What <c>extractor run</c> was asked to do: sources in, one output folder out.</summary>
public sealed record RunOptions
{
    /// <summary>Start URLs, WARC files or folders, folders of HTML/text, JSON Lines of earlier output; empty means the bundled sample.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The output folder: <c>articles.jsonl</c>, <c>facts.db</c> and the checkpoint go here.</summary>
    public required string OutputDirectory { get; init; }

    public InputFormat Format { get; init; } = InputFormat.Auto;

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public ExtractorSet Extractors { get; init; } = ExtractorSet.RulesAndMl;

    /// <summary>Longest time one document may take before it is given up with an error record.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often completed work is made durable and the checkpoint advanced.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Ignore an earlier run in the output folder and start over.</summary>
    public bool Fresh { get; init; }

    /// <summary>Write <c>facts.db</c> as well as <c>articles.jsonl</c>.</summary>
    public bool WriteStore { get; init; } = true;

    /// <summary>More destinations for every record, besides the output folder's files (owned by the caller).</summary>
    public IReadOnlyList<IRecordSink> ExtraSinks { get; init; } = [];

    /// <summary>Stop crawling start URLs after this many pages, when set.</summary>
    public int? CrawlMaxPages { get; init; }

    public const string CrawlFolderName = "crawl";
    public const string ArticlesFileName = "articles.jsonl";
    public const string StoreFileName = "facts.db";
    public const string CheckpointFileName = "run.checkpoint.json";
}
