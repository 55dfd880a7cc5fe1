using System.Reflection;

namespace Extractor.Lexicons;

/// <summary>Reads a tab-separated lexicon shipped under <c>Lexicons/</c>: the copy beside the assembly when present, else the embedded one.</summary>
/// <remarks>The one reader of every Core lexicon (normalization, dates, officials, places, events, page structure), so a
/// user-edited file is read the same way whichever stage uses it.</remarks>
internal static class LexiconResource
{
    /// <summary>The rows of a lexicon file (path relative to <c>Lexicons/</c>, "/" separated), without comments and blank lines.</summary>
    /// <exception cref="InvalidOperationException">The file is neither beside the assembly nor embedded.</exception>
    public static IReadOnlyList<string[]> ReadRows(string relativePath)
    {
        var onDisk = Path.Combine(AppContext.BaseDirectory, "Lexicons", relativePath.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(onDisk))
        {
            return Parse(File.ReadLines(onDisk));
        }

        var assembly = typeof(LexiconResource).Assembly;
        var wanted = "Extractor.Lexicons." + relativePath;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/') == wanted)
            ?? throw new InvalidOperationException($"lexicon {relativePath} is neither beside the assembly nor embedded");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines);
    }

    public static IReadOnlyList<string[]> Parse(IEnumerable<string> lines)
    {
        var rows = new List<string[]>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            // Fields are trimmed and composed (NFC): a lexicon typed in another editor still matches normalized text.
            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim().Normalize(System.Text.NormalizationForm.FormC);
            }

            if (fields[0].Length > 0)
            {
                rows.Add(fields);
            }
        }

        return rows;
    }

    /// <summary>The column at <paramref name="index"/>, or "" when the row is shorter.</summary>
    public static string Column(this string[] row, int index) => index < row.Length ? row[index] : "";

    internal static Assembly Assembly => typeof(LexiconResource).Assembly;
}
