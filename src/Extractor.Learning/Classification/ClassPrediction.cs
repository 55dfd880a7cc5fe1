namespace Extractor.Learning.Classification;

/// <summary>The class a classifier chose and by how much its score beat the runner-up (0 when tied).</summary>
public readonly record struct ClassPrediction(string Label, double Margin);
