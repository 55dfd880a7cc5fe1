namespace Extractor.Evaluation;

/// <summary>The scores of a prediction set against a gold corpus, with per-article differences for error analysis.</summary>
public sealed record EvaluationReport
{
    public required int Articles { get; init; }

    /// <summary>officials, titles, figures, figures_unit, events, authors: precision/recall/F1.</summary>
    public required IReadOnlyList<MetricScore> Metrics { get; init; }

    /// <summary>published (date part), events_kind, title.</summary>
    public required IReadOnlyList<AccuracyScore> Accuracies { get; init; }

    /// <summary>Articles whose gold has no date but whose prediction has one.</summary>
    public required int InventedPublished { get; init; }

    public required IReadOnlyList<ArticleDifferences> Details { get; init; }

    public MetricScore Metric(string name) => Metrics.First(m => m.Name == name);

    public AccuracyScore Accuracy(string name) => Accuracies.First(a => a.Name == name);
}

/// <summary>What one article's prediction missed (in gold, not predicted) and added (predicted, not in gold).</summary>
public sealed record ArticleDifferences(string Id, IReadOnlyList<Difference> Items);

/// <summary>One miss or extra: metric name, "miss" or "extra", and a readable description.</summary>
public sealed record Difference(string Metric, string Type, string Description);
