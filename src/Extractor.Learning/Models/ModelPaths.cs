namespace Extractor.Learning.Models;

/// <summary>Where each shipped model lives under the <c>models/</c> folder, and how that folder is found at run time.</summary>
public static class ModelPaths
{
    /// <summary>The environment variable that points at a models folder, overriding the search.</summary>
    public const string EnvironmentVariable = "EXTRACTOR_MODELS";

    /// <summary>The entity tagger (people, titles, organizations, places, units).</summary>
    public static readonly string EntityTagger = Path.Combine("entity-tagger", "v1", "model.bin");

    /// <summary>The event sentence classifier (reported vs planned).</summary>
    public static readonly string EventTense = Path.Combine("event-tense", "v1", "model.bin");

    /// <summary>
    /// The models folder: <see cref="EnvironmentVariable"/>, else the nearest <c>models/</c> holding the tagger above the
    /// working folder (a checkout, where <c>extractor train</c> writes), else the copy shipped beside the executable;
    /// null when none is found.
    /// </summary>
    public static string? FindModelsDirectory()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        return SearchUpwards(Directory.GetCurrentDirectory()) ?? SearchUpwards(AppContext.BaseDirectory);
    }

    private static string? SearchUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models");
            if (File.Exists(Path.Combine(candidate, EntityTagger)))
            {
                return candidate;
            }
        }

        return null;
    }
}
