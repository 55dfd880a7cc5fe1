using System.Reflection;

namespace Extractor.Normalization.Dates;

/// <summary>Reads a tab-separated lexicon shipped as an embedded resource: rows of fields, comments (#) and blank lines skipped.</summary>
internal static class EmbeddedTsv
{
    /// <summary>The rows of the resource whose name ends with <paramref name="fileName"/> ("date-words.tsv").</summary>
    /// <exception cref="InvalidOperationException">The lexicon is not embedded: a build problem, not an input problem.</exception>
    public static IReadOnlyList<string[]> Read(string fileName)
    {
        var assembly = typeof(EmbeddedTsv).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith("/" + fileName, StringComparison.Ordinal)
                || n.EndsWith("." + fileName, StringComparison.Ordinal)
                || n.EndsWith("\\" + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Lexicon {fileName} is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Lexicon {fileName} cannot be opened.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

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
}
