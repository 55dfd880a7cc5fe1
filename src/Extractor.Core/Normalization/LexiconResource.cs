using System.Reflection;

namespace Extractor.Normalization;

/// <summary>Reads the normalization lexicons embedded from <c>Lexicons/Normalization/</c>: TSV rows, '#' comments skipped.</summary>
internal static class LexiconResource
{
    /// <summary>The non-comment, non-blank rows of an embedded TSV, split on tabs.</summary>
    public static IReadOnlyList<string[]> ReadRows(string fileName)
    {
        var assembly = typeof(LexiconResource).Assembly;
        using var stream = Open(assembly, fileName)
            ?? throw new InvalidOperationException($"lexicon resource '{fileName}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    private static Stream? Open(Assembly assembly, string fileName)
    {
        // RecursiveDir uses the build machine's separator; accept either.
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.EndsWith(fileName, StringComparison.Ordinal)
                && name.StartsWith("Extractor.Lexicons.Normalization", StringComparison.Ordinal))
            {
                return assembly.GetManifestResourceStream(name);
            }
        }

        return null;
    }
}
