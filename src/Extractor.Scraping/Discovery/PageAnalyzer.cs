using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Normalization.Unicode;
using Extractor.Scraping.Urls;

namespace Extractor.Scraping.Discovery;

/// <summary>Reads a fetched HTML page for crawling: canonical address, article or listing, publication date, and the links worth following.</summary>
/// <remarks>Thread-safe; never throws on bad markup. Profile selectors are used when given, generic discovery otherwise (and as a complement).</remarks>
public sealed class PageAnalyzer(CrawlProfile? profile = null)
{
    private static readonly Regex JsonLdDate = new(
        "\"datePublished\"\\s*:\\s*\"([^\"]+)\"", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private readonly CrawlProfile _profile = profile ?? CrawlProfile.Generic;
    private readonly LinkClassifier _classifier = new(profile ?? CrawlProfile.Generic);
    private readonly HtmlParser _parser = new();

    /// <summary>The kind an address is expected to be from its shape, or null when it is not worth fetching.</summary>
    public PageKind? Classify(Uri url, string? anchorText = null) => _classifier.Classify(url, anchorText);

    public PageAnalysis Analyze(ReadOnlySpan<byte> body, string? charset, Uri address)
    {
        var html = TextDecoder.Decode(body, charset).Text;
        var page = _parser.ParseDocument(html);
        var baseUri = address;
        if (page.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref && UrlCanonicalizer.Canonicalize(baseHref, address) is { } b)
        {
            baseUri = b;
        }

        var canonicalHref = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href")
            ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        var canonical = UrlCanonicalizer.Canonicalize(canonicalHref, baseUri);

        var robots = string.Join(",", page.QuerySelectorAll("meta[name='robots' i], meta[name='ExtractorCrawler' i]").Select(m => m.GetAttribute("content") ?? ""));
        var noFollow = robots.Contains("nofollow", StringComparison.OrdinalIgnoreCase) || robots.Contains("none", StringComparison.OrdinalIgnoreCase);

        var links = new Dictionary<string, DiscoveredLink>(StringComparer.Ordinal);
        void Add(Uri? url, PageKind? kind)
        {
            if (url is not null && kind is { } k && url.AbsoluteUri != address.AbsoluteUri)
            {
                if (!links.TryGetValue(url.AbsoluteUri, out var known) || Rank(k) < Rank(known.Kind))
                {
                    links[url.AbsoluteUri] = new DiscoveredLink(url, k);
                }
            }
        }

        if (!noFollow)
        {
            foreach (var a in Select(page, _profile.ArticleLinks))
            {
                Add(UrlCanonicalizer.Canonicalize(a.GetAttribute("href"), baseUri), PageKind.Article);
            }

            foreach (var a in Select(page, _profile.Pagination))
            {
                Add(UrlCanonicalizer.Canonicalize(a.GetAttribute("href"), baseUri), PageKind.Listing);
            }

            foreach (var link in page.QuerySelectorAll("link[rel='next'], a[rel='next']"))
            {
                Add(UrlCanonicalizer.Canonicalize(link.GetAttribute("href"), baseUri), PageKind.Listing);
            }

            foreach (var feed in page.QuerySelectorAll("link[rel='alternate'][type*='rss'], link[rel='alternate'][type*='atom']"))
            {
                Add(UrlCanonicalizer.Canonicalize(feed.GetAttribute("href"), baseUri), PageKind.Feed);
            }

            var scopes = _profile.LinkScope.Count > 0 ? Select(page, _profile.LinkScope).ToList() : [page.DocumentElement];
            foreach (var scope in scopes)
            {
                foreach (var a in scope.QuerySelectorAll("a[href], area[href]"))
                {
                    var rel = a.GetAttribute("rel") ?? "";
                    if (rel.Contains("nofollow", StringComparison.OrdinalIgnoreCase) || a.HasAttribute("download"))
                    {
                        continue;
                    }

                    var url = UrlCanonicalizer.Canonicalize(a.GetAttribute("href"), baseUri);
                    if (url is not null)
                    {
                        Add(url, _classifier.Classify(url, a.TextContent));
                    }
                }
            }
        }

        var published = ReadPublished(page);
        return new PageAnalysis
        {
            Canonical = canonical,
            IsArticle = LooksLikeArticle(page, address, published),
            Published = published,
            NoFollow = noFollow,
            Links = links.Values.ToList(),
        };
    }

    private static int Rank(PageKind kind) => kind switch
    {
        PageKind.Feed or PageKind.Sitemap => 0,
        PageKind.Article => 1,
        PageKind.Listing => 2,
        _ => 3,
    };

    private bool LooksLikeArticle(IDocument page, Uri address, DateTimeOffset? published)
    {
        if (_profile.Body.Count > 0 && Select(page, _profile.Body).Any())
        {
            return true;
        }

        var ogType = page.QuerySelector("meta[property='og:type']")?.GetAttribute("content");
        if (string.Equals(ogType, "article", StringComparison.OrdinalIgnoreCase) || page.QuerySelector("article h1, [itemtype*='Article']") is not null
            || page.Scripts.Any(s => s.Text.Contains("NewsArticle", StringComparison.Ordinal) || s.Text.Contains("\"Article\"", StringComparison.Ordinal)))
        {
            return true;
        }

        // Generic: a run of real paragraphs side by side in one container (a listing's summaries each stand in their own item).
        var groups = page.QuerySelectorAll("p")
            .Where(p => IsProse(p))
            .GroupBy(p => p.ParentElement)
            .Select(g => (Count: g.Count(), Chars: g.Sum(p => p.TextContent.Trim().Length)))
            .ToList();
        var best = groups.Count == 0 ? (Count: 0, Chars: 0) : groups.MaxBy(g => g.Chars);
        if ((best.Count >= 2 && best.Chars >= 250) || best.Chars >= 600)
        {
            return true;
        }

        return published is not null && best.Chars >= 150;
    }

    /// <summary>A paragraph of running text: long enough, and not mostly link text.</summary>
    private static bool IsProse(IElement paragraph)
    {
        var text = paragraph.TextContent.Trim();
        if (text.Length < 40)
        {
            return false;
        }

        var linked = paragraph.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linked * 2 < text.Length;
    }

    private static DateTimeOffset? ReadPublished(IDocument page)
    {
        var candidates = new[]
        {
            page.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"),
            page.QuerySelector("meta[itemprop='datePublished']")?.GetAttribute("content"),
            page.QuerySelector("[itemprop='datePublished'][datetime]")?.GetAttribute("datetime"),
            page.QuerySelector("meta[name='pubdate']")?.GetAttribute("content"),
            page.QuerySelector("meta[name='publishdate']")?.GetAttribute("content"),
            page.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        };
        foreach (var candidate in candidates)
        {
            if (ParseDate(candidate) is { } date)
            {
                return date;
            }
        }

        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                var match = JsonLdDate.Match(script.TextContent);
                if (match.Success && ParseDate(match.Groups[1].Value) is { } date)
                {
                    return date;
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return null;
    }

    /// <summary>Reads an ISO 8601 or RFC 1123 date; a date without an offset is taken as Vietnam time (+07:00).</summary>
    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            var hasOffset = text.EndsWith('Z') || Regex.IsMatch(text, @"([+-]\d{2}:?\d{2}|GMT|UT|UTC)$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
            return hasOffset ? parsed : new DateTimeOffset(parsed.DateTime, TimeSpan.FromHours(7));
        }

        return null;
    }

    private static IEnumerable<IElement> Select(IParentNode scope, IEnumerable<string> selectors)
    {
        foreach (var selector in selectors)
        {
            IEnumerable<IElement> found;
            try
            {
                found = scope.QuerySelectorAll(selector).ToList();
            }
            catch (DomException)
            {
                continue;
            }

            foreach (var element in found)
            {
                yield return element;
            }
        }
    }
}
