using Extractor.Output;

namespace Extractor.Jobs.Extract;

/// <summary>The records one work item gave, delivered in input order.</summary>
/// <param name="Index">Position of the item in the input sequence (0-based).</param>
/// <param name="TimedOut">True when the item overran the per-document time limit and was abandoned.</param>
internal readonly record struct WorkOutcome(long Index, IReadOnlyList<ArticleRecord> Records, bool TimedOut);
