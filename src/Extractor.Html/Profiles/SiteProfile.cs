namespace Extractor.Html.Profiles;

/// <summary>How the pages of one site family are laid out: CSS selectors for headline, dateline, body, byline and next page.</summary>
/// <remarks>
/// Loaded from a JSON file at run time (one file per family), so a user adds a site without rebuilding. Every list is
/// tried in order and the first selector that finds something wins; an empty list, or one that finds nothing,
/// leaves that part to the generic extractor.
/// </remarks>
public sealed record SiteProfile
{
    /// <summary>A short name for the family ("dnn-portal", "liferay", "wordpress" …).</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Regular expressions over the page address; any match selects the profile.</summary>
    public IReadOnlyList<string> UrlPatterns { get; init; } = [];

    /// <summary>Selectors that identify the family from the markup alone (a generator meta tag, a container id); any match selects the profile.</summary>
    public IReadOnlyList<string> Markers { get; init; } = [];

    public IReadOnlyList<string> Title { get; init; } = [];

    /// <summary>Elements whose text is the visible dateline ("Cập nhật lúc 17:55, Thứ Ba, 06/02/2018").</summary>
    public IReadOnlyList<string> Dateline { get; init; } = [];

    /// <summary>The element holding the article body.</summary>
    public IReadOnlyList<string> Body { get; init; } = [];

    public IReadOnlyList<string> Byline { get; init; } = [];

    /// <summary>The link to the article's next page.</summary>
    public IReadOnlyList<string> NextPage { get; init; } = [];

    /// <summary>Furniture inside the body to drop (related boxes, share bars, counters).</summary>
    public IReadOnlyList<string> Remove { get; init; } = [];

    /// <summary>The file the profile was read from, for messages.</summary>
    public string? SourcePath { get; init; }
}
