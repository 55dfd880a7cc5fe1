using System.Text;

namespace Extractor.Testing;

/// <summary>
/// The normalization tables (<c>tests/Extractor.Core.Tests/Normalization/Tables/*.tsv</c>): one row per expression and its
/// expected CLI answer, shared by the library tests and the CLI tests so both read the same contract.
/// </summary>
/// <remarks>Columns are TAB-separated; '#' lines are comments; "-" is null; escapes \t \\ \uXXXX are decoded in every column.</remarks>
public static class NormalizationTables
{
    /// <summary>The folder the tables live in.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Extractor.Core.Tests", "Normalization", "Tables");

    /// <summary>The decoded rows of <paramref name="fileName"/> ("numbers.tsv", "dates.tsv", "text.tsv").</summary>
    public static IReadOnlyList<string[]> Rows(string fileName)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, fileName), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t').Select(Unescape).ToArray());
        }

        return rows;
    }

    /// <summary>Null for "-", else the cell itself.</summary>
    public static string? Cell(string[] row, int column) => column < row.Length && row[column] != "-" ? row[column] : null;

    private static string Unescape(string cell)
    {
        if (!cell.Contains('\\', StringComparison.Ordinal))
        {
            return cell;
        }

        var sb = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\' || i + 1 >= cell.Length)
            {
                sb.Append(cell[i]);
                continue;
            }

            var next = cell[i + 1];
            if (next == 't')
            {
                sb.Append('\t');
                i++;
            }
            else if (next == '\\')
            {
                sb.Append('\\');
                i++;
            }
            else if (next == 'u' && i + 5 < cell.Length)
            {
                sb.Append((char)Convert.ToInt32(cell.Substring(i + 2, 4), 16));
                i += 5;
            }
            else
            {
                sb.Append(cell[i]);
            }
        }

        return sb.ToString();
    }
}
