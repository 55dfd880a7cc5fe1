namespace Extractor.Scraping.Politeness;

/// <summary>One user-agent group of a robots.txt: who it is for, its rules and its Crawl-delay in seconds.</summary>
public sealed record RobotsGroup(IReadOnlyList<string> Agents, IReadOnlyList<RobotsRule> Rules, double? CrawlDelay)
{
    public static readonly RobotsGroup Empty = new([], [], null);

    /// <summary>The longest matching rule decides; on a tie Allow wins; no matching rule allows.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        var path = RobotsTxt.NormalizePattern(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
        if (path.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in Rules)
        {
            if (!rule.Matches(path))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }
}
