namespace Extractor.Learning.Abstractions;

/// <summary>A fitted model that maps an input to a prediction: the shape of ML.NET's <c>ITransformer</c>.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface ITransformer<in TInput, out TOutput>
{
    TOutput Transform(TInput input);
}
