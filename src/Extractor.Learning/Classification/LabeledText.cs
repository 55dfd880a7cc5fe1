namespace Extractor.Learning.Classification;

/// <summary>A sentence with the class an annotator gave it: one training example of a <see cref="TextClassifierModel"/>.</summary>
public sealed record LabeledText(string Text, string Label);
