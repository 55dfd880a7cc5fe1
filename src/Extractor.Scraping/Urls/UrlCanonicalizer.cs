using System.Text;

namespace Extractor.Scraping.Urls;

/// <summary>Puts page addresses in one canonical form so the same page is known once: http(s) only, lowercase host, no default port, no fragment, no tracking parameters.</summary>
public static class UrlCanonicalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_", "hsa_"];

    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "_ga", "_gl", "zarsrc", "gidzl", "_hsenc", "_hsmi", "spm", "cmpid",
    };

    /// <summary>The canonical absolute form of <paramref name="url"/> (resolved against <paramref name="baseUri"/>), or null when it is not an http(s) address.</summary>
    public static Uri? Canonicalize(string? url, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        Uri? uri;
        if (baseUri is not null)
        {
            if (!Uri.TryCreate(baseUri, url, out uri))
            {
                return null;
            }
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out uri))
        {
            return null;
        }

        return Canonicalize(uri);
    }

    /// <summary>The canonical form of an absolute address, or null when it is not http(s).</summary>
    public static Uri? Canonicalize(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var builder = new UriBuilder(uri.Scheme, uri.IdnHost.ToLowerInvariant().TrimEnd('.'), uri.IsDefaultPort ? -1 : uri.Port)
        {
            Path = uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath,
            Query = CleanQuery(uri.Query),
        };
        return Uri.TryCreate(builder.Uri.AbsoluteUri, UriKind.Absolute, out var result) ? result : null;
    }

    /// <summary>The canonical text of an address, or null.</summary>
    public static string? Normalize(string? url, Uri? baseUri = null) => Canonicalize(url, baseUri)?.AbsoluteUri;

    /// <summary>True for a query parameter that only tracks the visitor (utm_*, fbclid, zarsrc …).</summary>
    public static bool IsTrackingParameter(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = new StringBuilder();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = pair.Split('=', 2)[0];
            if (IsTrackingParameter(Uri.UnescapeDataString(name)))
            {
                continue;
            }

            if (kept.Length > 0)
            {
                kept.Append('&');
            }

            kept.Append(pair);
        }

        return kept.ToString();
    }
}
