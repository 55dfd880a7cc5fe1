using AngleSharp.Dom;

namespace Extractor.Html.Profiles;

/// <summary>Runs a profile's CSS selector without letting a malformed one stop extraction.</summary>
internal static class SelectorQuery
{
    public static IElement? First(IParentNode scope, string selector)
    {
        try
        {
            return scope.QuerySelector(selector);
        }
        catch (DomException)
        {
            return null;
        }
    }

    public static IEnumerable<IElement> All(IParentNode scope, string selector)
    {
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
    public static IElement? FirstOf(IParentNode scope, IEnumerable<string> selectors)
    {
        foreach (var selector in selectors)
        {
            if (First(scope, selector) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
