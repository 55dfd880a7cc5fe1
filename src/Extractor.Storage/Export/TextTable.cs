using System.Text;

namespace Extractor.Storage.Export;

/// <summary>A plain aligned text table for terminals: long cells are cut with an ellipsis.</summary>
internal static class TextTable
{
    private const int MaxCell = 60;

    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var cells = rows.Select(r => r.Select(Cut).ToList()).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        writer.WriteLine(Line(header, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            writer.WriteLine(Line(row, widths));
        }

        writer.WriteLine($"({cells.Count} {(cells.Count == 1 ? "row" : "rows")})");
    }

    private static string Line(IReadOnlyList<string> cells, List<int> widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("  ");
            }

            sb.Append(i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        return sb.ToString();
    }

    private static string Cut(string text)
    {
        var flat = text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return flat.Length <= MaxCell ? flat : flat[..(MaxCell - 1)] + "…";
    }
}
