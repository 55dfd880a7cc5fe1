namespace Extractor.Evaluation;

/// <summary>True positives, false positives and false negatives of one metric, summed over a corpus.</summary>
public sealed record MetricScore(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? (FalsePositives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public MetricScore Add(int tp, int fp, int fn) => this with
    {
        TruePositives = TruePositives + tp,
        FalsePositives = FalsePositives + fp,
        FalseNegatives = FalseNegatives + fn,
    };
}

/// <summary>A share of correct answers ("published" accuracy, event kind accuracy).</summary>
public sealed record AccuracyScore(string Name, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;
}
