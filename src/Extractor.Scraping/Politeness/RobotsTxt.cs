using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Scraping.Politeness;

/// <summary>A parsed robots.txt (RFC 9309): user-agent groups with Allow/Disallow rules (<c>*</c> and <c>$</c>), Crawl-delay and Sitemap lines.</summary>
/// <remarks>Immutable and thread-safe. Parsing never throws: lines it does not understand are ignored, as the RFC asks.</remarks>
public sealed class RobotsTxt
{
    /// <summary>Rules for a missing robots.txt (4xx): everything is allowed.</summary>
    public static readonly RobotsTxt AllowAll = new([], []);

    /// <summary>Rules while robots.txt cannot be had (5xx, network failure): nothing is allowed.</summary>
    public static readonly RobotsTxt DisallowAll = new([new RobotsGroup(["*"], [new RobotsRule("/", false)], null)], []);

    private RobotsTxt(IReadOnlyList<RobotsGroup> groups, IReadOnlyList<string> sitemaps)
    {
        Groups = groups;
        Sitemaps = sitemaps;
    }

    public IReadOnlyList<RobotsGroup> Groups { get; }

    /// <summary>The sitemap addresses named by <c>Sitemap:</c> lines, as written.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsTxt Parse(string text)
    {
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<string>();
        List<string>? agents = null;
        List<RobotsRule>? rules = null;
        double? delay = null;
        var inRules = false;

        void Close()
        {
            if (agents is { Count: > 0 })
            {
                groups.Add(new RobotsGroup(agents, rules ?? [], delay));
            }

            agents = null;
            rules = null;
            delay = null;
            inRules = false;
        }

        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (inRules)
                    {
                        Close();
                    }

                    agents ??= [];
                    agents.Add(value);
                    break;
                case "allow" or "disallow":
                    if (agents is null)
                    {
                        break;
                    }

                    inRules = true;
                    rules ??= [];
                    if (value.Length > 0)
                    {
                        rules.Add(new RobotsRule(NormalizePattern(value), key == "allow"));
                    }

                    break;
                case "crawl-delay":
                    if (agents is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        inRules = true;
                        delay = seconds;
                    }

                    break;
                case "sitemap":
                    if (value.Length > 0)
                    {
                        sitemaps.Add(value);
                    }

                    break;
            }
        }

        Close();
        return new RobotsTxt(groups, sitemaps);
    }

    /// <summary>The rules that apply to a crawler with this product token: the groups naming it, else the <c>*</c> groups, merged.</summary>
    public RobotsGroup For(string productToken)
    {
        var token = productToken.ToLowerInvariant();
        var named = Groups.Where(g => g.Agents.Any(a => a != "*" && a.Length > 0 && token.StartsWith(a.ToLowerInvariant(), StringComparison.Ordinal))).ToList();
        var chosen = named.Count > 0 ? named : Groups.Where(g => g.Agents.Contains("*")).ToList();
        return chosen.Count switch
        {
            0 => RobotsGroup.Empty,
            1 => chosen[0],
            _ => new RobotsGroup(["merged"], chosen.SelectMany(g => g.Rules).ToList(), chosen.Select(g => g.CrawlDelay).Max()),
        };
    }

    /// <summary>True when the crawler may fetch the path (with query) under these rules.</summary>
    public bool IsAllowed(string productToken, string pathAndQuery) => For(productToken).IsAllowed(pathAndQuery);

    /// <summary>Percent-encodes what a URL would encode (non-ASCII as UTF-8) and uppercases escapes, so patterns and paths compare alike.</summary>
    internal static string NormalizePattern(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                sb.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > 127 || c == ' ')
            {
                var end = char.IsHighSurrogate(c) && i + 1 < value.Length ? i + 2 : i + 1;
                foreach (var b in Encoding.UTF8.GetBytes(value[i..end]))
                {
                    sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i = end - 1;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
