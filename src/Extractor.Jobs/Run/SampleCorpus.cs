namespace Extractor.Jobs.Run;

/// <summary>Finds the bundled sample articles (<c>corpus/sample</c>) that <c>extractor run</c> processes when given no source.</summary>
public static class SampleCorpus
{
    public const string RelativePath = "corpus/sample";

    /// <summary>The sample folder below the working folder or above the program, or null when neither has one.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "corpus", "sample");
                if (Directory.Exists(candidate))
                {
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
                }
            }
        }

        return null;
    }
}
