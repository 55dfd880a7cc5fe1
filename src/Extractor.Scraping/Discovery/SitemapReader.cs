using System.Text;
using System.Xml;
using Extractor.Scraping.Urls;

namespace Extractor.Scraping.Discovery;

/// <summary>Reads sitemaps (sitemaps.org): sitemap indexes, URL sets with lastmod, Google News sitemaps with publication dates, and plain-text lists.</summary>
/// <remarks>Never throws: a broken sitemap gives the entries read before the fault. DTDs and external entities are refused.</remarks>
public static class SitemapReader
{
    public static IReadOnlyList<DiscoveredLink> Read(byte[] body, Uri address)
    {
        var links = new List<DiscoveredLink>();
        var head = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 512))).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (!head.StartsWith('<'))
        {
            // A text sitemap: one address per line.
            foreach (var line in Encoding.UTF8.GetString(body).Split('\n'))
            {
                if (UrlCanonicalizer.Canonicalize(line.Trim()) is { } url)
                {
                    links.Add(new DiscoveredLink(url, PageKind.Article));
                }
            }

            return links;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, CloseInput = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            var inIndex = false;
            string? loc = null;
            DateTimeOffset? date = null;
            var positioned = false;
            while (positioned || reader.Read())
            {
                // ReadElementContentAsString leaves the reader on the next node already.
                positioned = false;
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "sitemapindex":
                            inIndex = true;
                            break;
                        case "url" or "sitemap":
                            loc = null;
                            date = null;
                            break;
                        case "loc":
                            loc = Content(reader, ref positioned).Trim();
                            break;
                        case "lastmod" or "publication_date":
                            var isNews = reader.LocalName == "publication_date";
                            var value = PageAnalyzer.ParseDate(Content(reader, ref positioned));
                            // A news publication date wins over lastmod.
                            date = isNews || date is null ? value ?? date : date;
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "url" or "sitemap")
                {
                    if (UrlCanonicalizer.Canonicalize(loc, address) is { } url)
                    {
                        links.Add(new DiscoveredLink(url, inIndex || reader.LocalName == "sitemap" ? PageKind.Sitemap : PageKind.Article, date));
                    }

                    loc = null;
                }
            }
        }
        catch (XmlException)
        {
        }

        return links;
    }

    private static string Content(XmlReader reader, ref bool positioned)
    {
        positioned = true;
        return reader.ReadElementContentAsString();
    }
}
