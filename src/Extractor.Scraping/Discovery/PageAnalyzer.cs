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
        "\"datePublished\"\\s*:\\s*\"([^\"]+)\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
        var named = new HashSet<string>(StringComparer.Ordinal);
        void Add(Uri? url, PageKind? kind, bool byProfile = false)
        {
            if (url is not null && kind is { } k && url.AbsoluteUri != address.AbsoluteUri && !named.Contains(url.AbsoluteUri))
            {
                if (byProfile || !links.TryGetValue(url.AbsoluteUri, out var known) || Rank(k) < Rank(known.Kind))
                {
                    links[url.AbsoluteUri] = new DiscoveredLink(url, k);
                    if (byProfile)
                    {
                        // What the site's own profile says a link is outranks a guess from its address.
                        named.Add(url.AbsoluteUri);
                    }
                }
            }
        }

        var published = ReadPublished(page);
        var isArticle = LooksLikeArticle(page, address, published);
        if (!noFollow)
        {
            // Profile selectors first: they name what a link is, whatever its address looks like.
            foreach (var href in Hrefs(Select(page, _profile.ArticleLinks)))
            {
                Add(UrlCanonicalizer.Canonicalize(href, baseUri), Excluded(href, baseUri) ? null : PageKind.Article, byProfile: true);
            }

            // nextPage continues whatever this page is: the next listing page, or the rest of a multi-page article.
            foreach (var href in Hrefs(Select(page, _profile.NextPage)))
            {
                Add(UrlCanonicalizer.Canonicalize(href, baseUri), Excluded(href, baseUri) ? null : isArticle ? PageKind.Article : PageKind.Listing, byProfile: true);
            }

            foreach (var href in Hrefs(Select(page, _profile.Pagination)))
            {
                Add(UrlCanonicalizer.Canonicalize(href, baseUri), Excluded(href, baseUri) ? null : PageKind.Listing, byProfile: true);
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

        return new PageAnalysis
        {
            Canonical = canonical,
            IsArticle = isArticle,
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
            var hasOffset = text.EndsWith('Z') || Regex.IsMatch(text, @"([+-]\d{2}:?\d{2}|GMT|UT|UTC)$", RegexOptions.None, TimeSpan.FromSeconds(1));
            return hasOffset ? parsed : new DateTimeOffset(parsed.DateTime, TimeSpan.FromHours(7));
        }

        return null;
    }

    /// <summary>The addresses a selector's matches lead to: the element's own href, or, for a container ("ul.news-list"), every link inside it.</summary>
    private static IEnumerable<string?> Hrefs(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.HasAttribute("href"))
            {
                yield return element.GetAttribute("href");
                continue;
            }

            foreach (var a in element.QuerySelectorAll("a[href], area[href]"))
            {
                yield return a.GetAttribute("href");
            }
        }
    }

    /// <summary>A profile's <c>exclude</c> patterns win even over its own selectors (a "print" link inside the article list).</summary>
    private bool Excluded(string? href, Uri baseUri) =>
        UrlCanonicalizer.Canonicalize(href, baseUri) is { } url && _classifier.Classify(url) is null;

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
