namespace Extractor.Learning.Training;

/// <summary>One model file written by a training run.</summary>
public sealed record TrainedModel(string Path, long Bytes, string Description);
