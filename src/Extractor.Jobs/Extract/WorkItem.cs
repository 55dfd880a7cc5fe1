using Extractor.Output;

namespace Extractor.Jobs.Extract;

/// <summary>One unit of input (a file, a WARC record, a JSON Lines line): read and processed on a worker into its records.</summary>
/// <param name="Label">Where it comes from, for error records ("corpus/a.html", "old.jsonl:12").</param>
/// <param name="Work">Reads and processes the unit; must not throw for bad input (it returns error records instead).</param>
internal sealed record WorkItem(string Label, Func<CancellationToken, IReadOnlyList<ArticleRecord>> Work);
