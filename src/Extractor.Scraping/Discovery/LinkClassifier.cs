using System.Text.RegularExpressions;

namespace Extractor.Scraping.Discovery;

/// <summary>Guesses from an address (and its anchor text) whether it leads to an article, a listing page, a feed, something not worth fetching, or another page.</summary>
/// <remarks>Profile patterns decide first; the generic rules know the address shapes of Vietnamese news portals (slug-id.html, ?page=2, /trang-2).</remarks>
internal sealed class LinkClassifier(CrawlProfile profile)
{
    private static readonly string[] SkippedExtensions =
    [
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".ico", ".tif", ".tiff", ".css", ".js", ".json", ".pdf", ".doc", ".docx",
        ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".gz", ".tar", ".mp3", ".mp4", ".avi", ".mov", ".wmv", ".flv", ".m4a",
        ".wav", ".ogg", ".webm", ".exe", ".apk", ".dmg", ".iso", ".woff", ".woff2", ".ttf", ".eot",
    ];

    private static readonly Regex Pagination = new(
        @"([?&](page|p|trang|pageindex|pagenumber|pg|paged|start|offset)=\d+)|(/(page|trang|p)[/-]?\d+/?$)|(/trang-\d+)|(-p\d+\.html?$)|(/\d{1,3}/?$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex ArticleShape = new(
        @"(-\d{3,}\.(html?|aspx|php)$)|(/\d{4}/\d{1,2}/[^/]+$)|([a-z0-9]+(-[a-z0-9]+){3,}(\.(html?|aspx|php))?/?$)|([?&](id|newsid|articleid|nid|itemid)=\d+)|(/\d{5,}(\.html?)?$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex NotAPage = new(
        @"/(login|dang-nhap|dang-ky|register|logout|signin|search|tim-kiem|print|in-bai|share|wp-admin|wp-login|cart|feed/comment)(/|\?|$)|[?&](print|replytocom|share)=",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex FeedShape = new(
        @"(/rss(/|\.xml|\.rss)?)|(/feed/?$)|(\.rss$)|(/atom(\.xml)?$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> NextWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "»", "›", ">", ">>", "next", "trang sau", "tiếp", "tiếp theo", "sau", "xem thêm", "cũ hơn", "older",
    };

    private readonly Regex[] _articles = Compile(profile.ArticleUrlPatterns);
    private readonly Regex[] _listings = Compile(profile.ListingUrlPatterns);
    private readonly Regex[] _excluded = Compile(profile.Exclude);

    /// <summary>The kind a link is expected to be, or null when it is not worth fetching.</summary>
    public PageKind? Classify(Uri url, string? anchorText = null)
    {
        var address = url.AbsoluteUri;
        if (Matches(_excluded, address))
        {
            return null;
        }

        var path = url.AbsolutePath;
        if (SkippedExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (Matches(_articles, address))
        {
            return PageKind.Article;
        }

        if (Matches(_listings, address))
        {
            return PageKind.Listing;
        }

        if (SafeMatch(NotAPage, address))
        {
            return null;
        }

        if (path.EndsWith("sitemap.xml", StringComparison.OrdinalIgnoreCase) || path.Contains("sitemap", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return PageKind.Sitemap;
        }

        if (SafeMatch(FeedShape, path))
        {
            return PageKind.Feed;
        }

        var text = anchorText?.Trim();
        if (SafeMatch(Pagination, address) || (text is not null && (NextWords.Contains(text) || (text.Length <= 4 && text.All(char.IsDigit)))))
        {
            return PageKind.Listing;
        }

        if (_articles.Length == 0 && SafeMatch(ArticleShape, path + url.Query))
        {
            return PageKind.Article;
        }

        return PageKind.Page;
    }

    private static Regex[] Compile(IEnumerable<string> patterns) =>
        patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray();

    private static bool Matches(Regex[] patterns, string input) => patterns.Any(r => SafeMatch(r, input));

    private static bool SafeMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
