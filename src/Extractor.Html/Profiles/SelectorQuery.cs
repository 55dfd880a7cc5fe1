using System.Collections.Concurrent;
using AngleSharp.Dom;

namespace Extractor.Html.Profiles;

/// <summary>Runs a profile's CSS selector without letting a malformed one stop extraction.</summary>
/// <remarks>
/// Given the page's markup, a selector whose class names, ids and attribute values do not occur in it is answered
/// without walking the tree (<see cref="SelectorLiterals"/>): most of a profile's selectors miss most pages.
/// </remarks>
internal static class SelectorQuery
{
    private static readonly ConcurrentDictionary<string, SelectorLiterals> Literals = new(StringComparer.Ordinal);

    public static IElement? First(IParentNode scope, string selector, string? markup = null)
    {
        if (!MayMatch(selector, markup))
        {
            return null;
        }

        try
        {
            return scope.QuerySelector(selector);
        }
        catch (DomException)
        {
            return null;
        }
    }

    public static IEnumerable<IElement> All(IParentNode scope, string selector, string? markup = null)
    {
        if (!MayMatch(selector, markup))
        {
            return [];
        }

        try
        {
            return scope.QuerySelectorAll(selector);
        }
        catch (DomException)
        {
            return [];
        }
    }

    /// <summary>The first element any of the selectors finds, trying them in order.</summary>
    public static IElement? FirstOf(IParentNode scope, IEnumerable<string> selectors, string? markup = null)
    {
        foreach (var selector in selectors)
        {
            if (First(scope, selector, markup) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool MayMatch(string selector, string? markup) =>
        markup is null || Literals.GetOrAdd(selector, SelectorLiterals.Of).MayOccurIn(markup);
}
