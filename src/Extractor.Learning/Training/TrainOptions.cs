using Extractor.Learning.Classification;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Training;

/// <summary>What <c>extractor train</c> was asked to do.</summary>
/// <param name="CorpusDirectory">The corpus folder; its <c>training/</c> subfolder (or the folder itself) holds the markup files.</param>
/// <param name="OutputDirectory">The models folder to write (<c>models/</c>).</param>
public sealed record TrainOptions(string CorpusDirectory, string OutputDirectory)
{
    public TaggerTrainingOptions Tagger { get; init; } = new();

    public ClassifierTrainingOptions Classifier { get; init; } = new();
}
