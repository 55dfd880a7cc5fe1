namespace Extractor.Html.Profiles;

/// <summary>The names a CSS selector can only match when they occur in the page's markup: its class names, ids and attribute values.</summary>
/// <remarks>
/// A cheap necessary condition, checked case-insensitively on the raw markup before a query walks the whole parsed tree.
/// Names shorter than three characters are not required (they occur everywhere and would only cost the search).
/// </remarks>
internal sealed class SelectorLiterals
{
    private const int MinLength = 3;

    private readonly string[] _required;

    private SelectorLiterals(string[] required) => _required = required;

    public IReadOnlyList<string> Required => _required;

    /// <summary>The literals of one selector (or selector list: a list matches when any part does, so only names common to all parts would be required; lists require none).</summary>
    public static SelectorLiterals Of(string selector)
    {
        if (selector.Contains(','))
        {
            return new SelectorLiterals([]);
        }

        var required = new List<string>();
        var i = 0;
        while (i < selector.Length)
        {
            var c = selector[i];
            if (c is '.' or '#')
            {
                i = Take(selector, i + 1, required);
            }
            else if (c == '=')
            {
                i++;
                if (i < selector.Length && selector[i] is '"' or '\'')
                {
                    var quote = selector[i];
                    var close = selector.IndexOf(quote, i + 1);
                    close = close < 0 ? selector.Length : close;
                    Add(required, selector[(i + 1)..close]);
                    i = close + 1;
                }
                else
                {
                    i = Take(selector, i, required);
                }
            }
            else if (c == ':')
            {
                // A pseudo-class such as :not(.x) names what must be absent: nothing after it is required.
                break;
            }
            else
            {
                i++;
            }
        }

        return new SelectorLiterals([.. required]);
    }

    /// <summary>False when some required name is absent from <paramref name="html"/>, so the selector cannot match the page.</summary>
    public bool MayOccurIn(string html)
    {
        foreach (var name in _required)
        {
            if (!html.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static int Take(string selector, int from, List<string> required)
    {
        var end = from;
        while (end < selector.Length && (char.IsAsciiLetterOrDigit(selector[end]) || selector[end] is '-' or '_'))
        {
            end++;
        }

        Add(required, selector[from..end]);
        return end;
    }

    private static void Add(List<string> required, string name)
    {
        if (name.Length >= MinLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ' '))
        {
            required.Add(name);
        }
    }
}
