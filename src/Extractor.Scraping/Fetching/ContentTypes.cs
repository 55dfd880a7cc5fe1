namespace Extractor.Scraping.Fetching;

/// <summary>Reads Content-Type header values and tells which media types the crawler reads.</summary>
public static class ContentTypes
{
    /// <summary>The media type, lowercased, without parameters ("text/html"), or null for an empty header.</summary>
    public static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>The charset parameter ("utf-8", "windows-1258"), or null.</summary>
    public static string? Charset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var part in contentType.Split(';').Skip(1))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1].Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    public static bool IsHtml(string? mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    /// <summary>Sitemaps and feeds: XML of any flavour, and plain text sitemaps.</summary>
    public static bool IsXml(string? mediaType) =>
        mediaType is not null && (mediaType.EndsWith("/xml", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal));
}
