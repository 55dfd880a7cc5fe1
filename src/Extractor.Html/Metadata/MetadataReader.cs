using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Documents;
using Extractor.Html.Content;

namespace Extractor.Html.Metadata;

/// <summary>Reads &lt;title&gt;, &lt;meta&gt; (Open Graph, article:published_time, pubdate …), link rel=canonical/next, JSON-LD and microdata.</summary>
internal static class MetadataReader
{
    private static readonly string[] PublishedNames =
    [
        "article:published_time", "og:published_time", "published_time", "pubdate", "publishdate", "publish-date", "publish_date",
        "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date", "article.published",
        "parsely-pub-date", "datepublished", "citation_publication_date", "created", "og:article:published_time",
    ];

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <param name="page">The parsed page.</param>
    /// <param name="markup">The page's markup, when at hand: structured data it does not mention (JSON-LD, microdata) is not looked for in the tree.</param>
    public static PageMetadata Read(IDocument page, string? markup = null)
    {
        var structured = Mentions(markup, "itemprop") || Mentions(markup, "pubdate");
        var elements = MetadataElements.Collect(page, structured);
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in elements.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(key.Trim(), content.Trim());
            }
        }

        string? canonical = null;
        string? next = null;
        foreach (var link in elements.Links)
        {
            var rel = link.GetAttribute("rel")?.ToLowerInvariant();
            var href = link.GetAttribute("href");
            if (string.IsNullOrWhiteSpace(href))
            {
                continue;
            }

            if (rel == "canonical")
            {
                canonical ??= href.Trim();
            }
            else if (rel == "next")
            {
                next ??= href.Trim();
            }
        }

        var ld = ReadJsonLd(elements.JsonLd);
        PublicationTime? published = DateReader.ReadMeta(ld.DatePublished);
        foreach (var name in PublishedNames)
        {
            if (published is not null)
            {
                break;
            }

            if (metas.TryGetValue(name, out var value))
            {
                published = DateReader.ReadMeta(value);
            }
        }

        var modified = DateReader.ReadMeta(ld.DateModified ?? Get(metas, "article:modified_time") ?? Get(metas, "og:updated_time"));
        var structuredAuthors = ld.Authors.ToList();
        if (published is null || structuredAuthors.Count == 0)
        {
            if (structured)
            {
                ReadMicrodata(elements, ref published, structuredAuthors);
            }
        }

        var metaAuthors = new List<string>();
        foreach (var name in new[] { "author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl" })
        {
            if (metas.TryGetValue(name, out var value) && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                metaAuthors.AddRange(Names(TextFolding.Fold(value)));
            }
        }

        return new PageMetadata
        {
            CanonicalUrl = canonical ?? Get(metas, "og:url"),
            OpenGraphTitle = Clean(Get(metas, "og:title") ?? Get(metas, "twitter:title")),
            JsonLdHeadline = Clean(ld.Headline),
            HtmlTitle = Clean(page.Title),
            SiteName = Clean(Get(metas, "og:site_name") ?? Get(metas, "application-name")),
            Published = published,
            Modified = modified,
            StructuredAuthors = structuredAuthors.Distinct(StringComparer.Ordinal).ToList(),
            MetaAuthors = metaAuthors.Distinct(StringComparer.Ordinal).ToList(),
            NextPageUrl = next,
        };
    }

    private static bool Mentions(string? markup, string name) => markup is null || markup.Contains(name, StringComparison.OrdinalIgnoreCase);

    private static string? Get(Dictionary<string, string> metas, string key) => metas.TryGetValue(key, out var v) ? v : null;

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var folded = TextFolding.Fold(System.Net.WebUtility.HtmlDecode(text));
        return folded.Length == 0 ? null : folded;
    }

    private static void ReadMicrodata(MetadataElements elements, ref PublicationTime? published, List<string> authors)
    {
        foreach (var element in elements.ItemProps)
        {
            var prop = element.GetAttribute("itemprop");
            if (published is null && prop is "datePublished" or "dateCreated")
            {
                // An abbr prints a short clock ("7:30 CH") and keeps the full time in its title (Blogger's abbr.published).
                var machine = element.LocalName == "abbr" ? element.GetAttribute("title") : null;
                published = DateReader.ReadMeta(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? machine ?? element.TextContent);
            }
            else if (prop == "author" && authors.Count == 0)
            {
                var name = element.QuerySelector("[itemprop=name]") is { } n ? n.GetAttribute("content") ?? n.TextContent : element.GetAttribute("content") ?? element.TextContent;
                name = TextFolding.Fold(name);
                if (name.Length is > 1 and < 80)
                {
                    authors.Add(name);
                }
            }
        }

        if (published is null && elements.PubdateTime is { } time)
        {
            published = DateReader.ReadMeta(time.GetAttribute("datetime"));
        }
    }

    private static JsonLdArticle ReadJsonLd(List<IElement> scripts)
    {
        var result = new JsonLdArticle();
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, JsonOptions);
                var queue = new Queue<JsonElement>();
                queue.Enqueue(json.RootElement);
                while (queue.Count > 0)
                {
                    var element = queue.Dequeue();
                    if (element.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in element.EnumerateArray())
                        {
                            queue.Enqueue(item);
                        }

                        continue;
                    }

                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    if (element.TryGetProperty("@graph", out var graph))
                    {
                        queue.Enqueue(graph);
                    }

                    if (IsArticle(element))
                    {
                        result.Headline ??= StringOf(element, "headline") ?? StringOf(element, "name");
                        result.DatePublished ??= StringOf(element, "datePublished") ?? StringOf(element, "dateCreated");
                        result.DateModified ??= StringOf(element, "dateModified");
                        if (result.Authors.Count == 0 && element.TryGetProperty("author", out var author))
                        {
                            AddAuthors(author, result.Authors);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common; the page's other metadata still counts.
            }
        }

        return result;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static void AddAuthors(JsonElement author, List<string> authors)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                var s = TextFolding.Fold(author.GetString() ?? "");
                if (s.Length is > 1 and < 80 && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    authors.AddRange(Names(s));
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    AddAuthors(item, authors);
                }

                break;
            case JsonValueKind.Object:
                var isOrganization = author.TryGetProperty("@type", out var t) && t.ToString() is "Organization" or "NewsMediaOrganization";
                if (!isOrganization && author.TryGetProperty("name", out var name))
                {
                    AddAuthors(name, authors);
                }

                break;
        }
    }

    /// <summary>The names of one author value: CMSs put co-writers in a single field ("Huỳnh Ngọc, Kim Thoa"), split only
    /// when every part reads as a name, so "Báo Cà Mau, Cơ quan của Đảng bộ …" stays one value.</summary>
    internal static IReadOnlyList<string> Names(string value)
    {
        var parts = value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(BylineReader.LooksLikeName) ? parts : [value];
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed class JsonLdArticle
    {
        public string? Headline { get; set; }

        public string? DatePublished { get; set; }

        public string? DateModified { get; set; }

        public List<string> Authors { get; } = [];
    }
}
