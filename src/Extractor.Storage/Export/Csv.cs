using System.Globalization;
using System.Text;

namespace Extractor.Storage.Export;

/// <summary>RFC 4180 CSV: a header row, then one row per result; fields quoted when needed.</summary>
/// <remarks>Text cells that a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe.</remarks>
public static class Csv
{
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', header.Select(h => Field(h))));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', row.Select(Field)));
            writer.Write("\r\n");
        }
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            double d => d.ToString(CultureInfo.InvariantCulture),
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable<string> list => string.Join("; ", list),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 2).Append('"');
        sb.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        return sb.Append('"').ToString();
    }
}
