using System.Reflection;
using Extractor.Normalization;

namespace Extractor.Storage.People;

/// <summary>The office data that tells namesakes apart: national markers, role heads and title abbreviations (see Lexicons/README.md).</summary>
/// <remarks>Immutable once loaded; shared by every store in the process.</remarks>
internal sealed class OfficeLexicon
{
    private static readonly Lazy<OfficeLexicon> Embedded = new(LoadEmbedded);

    public OfficeLexicon(IEnumerable<string> nationalMarkers, IEnumerable<(string Role, bool Singular)> roles, IEnumerable<(string Short, string Long)> abbreviations)
    {
        Abbreviations = abbreviations
            .Select(a => (Key: SearchKey.Of(a.Short), Value: SearchKey.Of(a.Long)))
            .Where(a => a.Key.Length > 0)
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        NationalMarkers = [.. nationalMarkers.Select(Canonical).Where(m => m.Length > 0).Distinct()];
        Roles = [.. roles
            .Select(r => (Role: Canonical(r.Role), r.Singular))
            .Where(r => r.Role.Length > 0)
            .OrderByDescending(r => r.Role.Length)];
    }

    public static OfficeLexicon Default => Embedded.Value;

    public IReadOnlyDictionary<string, string> Abbreviations { get; }

    public IReadOnlyList<string> NationalMarkers { get; }

    /// <summary>Role heads, longest first, so "pho bi thu" is tried before "bi thu".</summary>
    public IReadOnlyList<(string Role, bool Singular)> Roles { get; }

    /// <summary>The comparable form of a title: folded, abbreviations expanded, words separated by one space.</summary>
    public string Canonical(string title)
    {
        var words = SearchKey.Of(title)
            .Split([' ', ',', '.', ';', ':', '(', ')', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Abbreviations.TryGetValue(w, out var longForm) ? longForm : w);
        return string.Join(' ', words);
    }

    private static OfficeLexicon LoadEmbedded()
    {
        var markers = ReadRows("national-office-markers.tsv").Select(r => r[0]);
        var roles = ReadRows("office-roles.tsv").Select(r => (r[0], r.Length > 1 && r[1].Trim() == "singular"));
        var abbreviations = ReadRows("title-abbreviations.tsv").Where(r => r.Length > 1).Select(r => (r[0], r[1]));
        return new OfficeLexicon(markers, roles, abbreviations);
    }

    private static List<string[]> ReadRows(string file)
    {
        var name = "Extractor.Storage.Lexicons." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon {name} is not embedded in Extractor.Storage.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
