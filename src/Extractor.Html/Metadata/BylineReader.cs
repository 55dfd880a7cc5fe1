using System.Text.RegularExpressions;
using Extractor.Html.Content;

namespace Extractor.Html.Metadata;

/// <summary>Reads authors from a byline: "Tin, ảnh: HẠNH CHÂU", "Theo Báo Quảng Ninh", "By Jane Doe", or a bare name ending the body.</summary>
/// <remarks>Photo credits ("Ảnh: Công Luận") are not bylines.</remarks>
internal static partial class BylineReader
{
    private const int MaxBylineLength = 80;

    /// <summary>The longest team byline kept as printed: a team and its desk, not a sentence about a team.</summary>
    private const int MaxGroupByline = 40;

    /// <summary>The authors a byline line names, or empty when the line is not a byline.</summary>
    /// <param name="bareNameAllowed">True where a name alone is a byline (the last line of a body, an author element).</param>
    public static IReadOnlyList<string> Read(string line, PageHints hints, bool bareNameAllowed)
    {
        var text = hints.WithoutRanks(line.Trim());
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

        // A team's byline names the team, its desk written in lower case after it: "Nhóm PV Chính trị" is one author.
        if (hints.GroupBylines.FirstOrDefault(g => text.StartsWith(g, StringComparison.OrdinalIgnoreCase)) is { } group
            && (text.Length == group.Length || (text[group.Length] == ' ' && char.IsUpper(text[(group.Length + 1)..].TrimStart().FirstOrDefault())))
            && text.Length <= MaxGroupByline && !text.Contains(':') && !text.Any(char.IsDigit))
        {
            return [text];
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

            var names = SplitNames(rest, hints);
            if (names.Count > 0)
            {
                return names;
            }
        }

        // "Đỗ Thuần – Bí thư Chi bộ …": a name, then the writer's post; "Hữu Phước - Kim Oanh": two names.
        text = WithoutAside(text);
        var (name, partner) = AtDash(text, hints);
        return bareNameAllowed && LooksLikeName(name) ? SplitNames(partner is null ? name : text, hints) : [];
    }

    private static readonly string[] Dashes = [" – ", " - ", " — "];

    private static List<string> SplitNames(string text, PageHints hints)
    {
        var names = new List<string>();
        foreach (var part in text.Split([",", ";", " và ", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, partner) = AtDash(WithoutUnit(part), hints);
            foreach (var candidate in partner is null ? [name] : new[] { name, partner })
            {
                var cleaned = WithoutRole(WithoutAside(candidate.Trim()).TrimEnd('.', ')').Trim(), hints);
                // A CMS's log-in account ("Được viết bởi Administrator") is who posted the article, not who wrote it.
                if (cleaned.Length > 1 && char.IsUpper(cleaned[0]) && cleaned.Length <= 60 && !hints.AccountNames.Contains(cleaned))
                {
                    names.Add(cleaned);
                }
            }
        }

        return names;
    }

    /// <summary>A name without the writer's office or task printed after it in brackets: "Lê Thị Hoa (Văn phòng Huyện ủy)".</summary>
    private static string WithoutAside(string name)
    {
        name = WithoutUnit(name);
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open].TrimEnd() : name;
    }

    /// <summary>Names without the unit printed after a slash ("Thùy Dung/Thường trú Đông Bắc" → "Thùy Dung"), up to the next
    /// writer's dash: like a bracketed office, the unit says where the writer works, not who else wrote.</summary>
    private static string WithoutUnit(string text) => text.Contains('/') ? SlashUnit().Replace(text, "") : text;

    [GeneratedRegex(@"(?<=\p{L})\s*/\s*\p{Lu}[^/]*?(?=\s[-–—]\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashUnit();

    /// <summary>A name without the staff role printed before it ("PV Hoàng Lan" → "Hoàng Lan"); a role alone stays as written.</summary>
    private static string WithoutRole(string name, PageHints hints)
    {
        foreach (var role in hints.BylineRoles)
        {
            if (name.Length > role.Length + 1 && name.StartsWith(role + " ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[role.Length + 1]))
            {
                return name[(role.Length + 1)..].Trim();
            }
        }

        return name;
    }

    /// <summary>
    /// The name before the first dash, and the text after it when that is a second writer's name (two to four capitalized
    /// words, not a post such as "Bí thư Chi bộ", an agency such as "TTXVN" or a paper's name); without a dash, the text.
    /// </summary>
    private static (string Name, string? Partner) AtDash(string text, PageHints hints)
    {
        foreach (var dash in Dashes)
        {
            var at = text.IndexOf(dash, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var rest = text[(at + dash.Length)..].Trim();
            var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var partner = words is >= 2 and <= 4 && LooksLikeName(rest) && !rest.Contains(" và ", StringComparison.Ordinal) && !hints.LooksLikeSiteName(rest)
                && Dashes.All(d => !rest.Contains(d, StringComparison.Ordinal));
            return (text[..at].Trim(), partner ? rest : null);
        }

        return (text, null);
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
