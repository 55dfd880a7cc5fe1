namespace Extractor.Learning.Abstractions;

/// <summary>Fits a model to training data: the shape of ML.NET's <c>IEstimator</c>, so ML.NET could take its place where it is available.</summary>
/// <typeparam name="TExample">One training example (a tagged sentence, a labelled sentence).</typeparam>
/// <typeparam name="TModel">The fitted model.</typeparam>
/// <remarks>Training is deterministic: the same data and options give a model with the same bytes.</remarks>
public interface ITrainer<TExample, out TModel>
{
    TModel Fit(IReadOnlyList<TExample> data);
}
