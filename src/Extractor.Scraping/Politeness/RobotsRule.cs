using System.Text.RegularExpressions;

namespace Extractor.Scraping.Politeness;

/// <summary>One Allow or Disallow line: a path pattern where <c>*</c> matches any run of characters and a final <c>$</c> anchors the end.</summary>
public sealed record RobotsRule(string Pattern, bool Allow)
{
    private readonly Regex _regex = Compile(Pattern);

    public bool Matches(string path)
    {
        try
        {
            return _regex.IsMatch(path);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex Compile(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : "");
        return new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
