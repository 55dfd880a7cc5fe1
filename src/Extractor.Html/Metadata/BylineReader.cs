using Extractor.Html.Content;

namespace Extractor.Html.Metadata;

/// <summary>Reads authors from a byline: "Tin, ảnh: HẠNH CHÂU", "Theo Báo Quảng Ninh", "By Jane Doe", or a bare name ending the body.</summary>
/// <remarks>Photo credits ("Ảnh: Công Luận") are not bylines.</remarks>
internal static class BylineReader
{
    private const int MaxBylineLength = 80;

    /// <summary>The authors a byline line names, or empty when the line is not a byline.</summary>
    /// <param name="bareNameAllowed">True where a name alone is a byline (the last line of a body, an author element).</param>
    public static IReadOnlyList<string> Read(string line, PageHints hints, bool bareNameAllowed)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxBylineLength)
        {
            return [];
        }

        if (text.StartsWith('(') && text.EndsWith(')'))
        {
            text = text[1..^1].Trim();
        }

        if (hints.PhotoCreditPrefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        foreach (var prefix in hints.BylinePrefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text[prefix.Length..].TrimStart(' ', ':', '-', '–');
            if (rest.Length == 0 || (!prefix.EndsWith(':') && !char.IsUpper(rest[0])))
            {
                continue;
            }

            var names = SplitNames(rest);
            if (names.Count > 0)
            {
                return names;
            }
        }

        // "Đỗ Thuần – Bí thư Chi bộ …": a name, then the writer's post.
        var name = text;
        foreach (var dash in new[] { " – ", " - ", " — " })
        {
            var at = name.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0)
            {
                name = name[..at];
            }
        }

        return bareNameAllowed && LooksLikeName(name) ? SplitNames(name) : [];
    }

    private static List<string> SplitNames(string text)
    {
        var names = new List<string>();
        foreach (var part in text.Split([",", ";", " và ", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            foreach (var dash in new[] { " – ", " - ", " — " })
            {
                var at = name.IndexOf(dash, StringComparison.Ordinal);
                if (at > 0)
                {
                    name = name[..at];
                }
            }

            name = name.Trim().TrimEnd('.', ')').Trim();
            if (name.Length > 1 && char.IsUpper(name[0]) && name.Length <= 60)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>A name alone: one to six capitalized words ("MINH KHÔI", "Trương Thị Vân", "N.H"), no digits, no sentence.</summary>
    internal static bool LooksLikeName(string text)
    {
        if (text.Length > 50 || text.Any(char.IsDigit) || text.EndsWith(':') || text.Contains('?') || text.Contains('!'))
        {
            return false;
        }

        var words = text.Split([' ', '-', '–', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6)
        {
            return false;
        }

        return words.All(w => char.IsUpper(w[0]) || w is "và" or "and");
    }
}
