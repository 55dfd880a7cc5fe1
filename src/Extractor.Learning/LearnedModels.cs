using System.Collections.Immutable;
using Extractor.Learning.Classification;
using Extractor.Learning.Models;
using Extractor.Learning.Tagging;

namespace Extractor.Learning;

/// <summary>The learned models available to a run: each may be missing, and then the rules alone decide.</summary>
/// <remarks>Immutable and thread-safe. Loading never throws: a missing or unusable file is reported in <see cref="Problems"/>.</remarks>
public sealed class LearnedModels
{
    private static readonly Lazy<LearnedModels> SharedModels = new(() => Load(ModelPaths.FindModelsDirectory()));

    public LearnedModels(SequenceTaggerModel? tagger, TextClassifierModel? eventTense, ImmutableArray<string> problems = default)
    {
        Tagger = tagger;
        EventTense = eventTense;
        Problems = problems.IsDefault ? [] : problems;
    }

    /// <summary>No models: learned stages are left out.</summary>
    public static LearnedModels None { get; } = new(null, null);

    /// <summary>The shipped models, found once per process (see <see cref="ModelPaths.FindModelsDirectory"/>).</summary>
    public static LearnedModels Shared => SharedModels.Value;

    public SequenceTaggerModel? Tagger { get; }

    public TextClassifierModel? EventTense { get; }

    /// <summary>Why a model is not available ("models folder not found", "…: feature set differs").</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>Loads every model found under <paramref name="directory"/>; null or a missing folder gives <see cref="None"/> with a problem noted.</summary>
    public static LearnedModels Load(string? directory)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return new LearnedModels(null, null, ["models folder not found; learned extractors are off"]);
        }

        var problems = ImmutableArray.CreateBuilder<string>();
        var tagger = TryLoad(Path.Combine(directory, ModelPaths.EntityTagger), p => SequenceTaggerModel.Load(p), problems);
        var tense = TryLoad(Path.Combine(directory, ModelPaths.EventTense), p => TextClassifierModel.Load(p), problems);
        return new LearnedModels(tagger, tense, problems.ToImmutable());
    }

    private static T? TryLoad<T>(string path, Func<string, T> load, ImmutableArray<string>.Builder problems)
        where T : class
    {
        if (!File.Exists(path))
        {
            problems.Add($"{path}: not found");
            return null;
        }

        try
        {
            return load(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problems.Add($"{path}: {ex.Message}");
            return null;
        }
    }
}
