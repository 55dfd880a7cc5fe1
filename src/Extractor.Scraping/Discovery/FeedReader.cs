using System.Xml;
using Extractor.Scraping.Urls;

namespace Extractor.Scraping.Discovery;

/// <summary>Reads the article links of an RSS (0.9x, 1.0, 2.0) or Atom feed, with their dates.</summary>
/// <remarks>Never throws: a broken feed gives the items read before the fault. DTDs and external entities are refused.</remarks>
public static class FeedReader
{
    public static IReadOnlyList<DiscoveredLink> Read(byte[] body, Uri address)
    {
        var links = new List<DiscoveredLink>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            var depth = -1;
            string? link = null;
            DateTimeOffset? date = null;
            var positioned = false;
            while (positioned || reader.Read())
            {
                // ReadElementContentAsString leaves the reader on the next node already.
                positioned = false;
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    depth = reader.Depth;
                    link = reader.GetAttribute("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
                    date = null;
                    if (reader.IsEmptyElement)
                    {
                        depth = -1;
                    }

                    continue;
                }

                if (depth < 0)
                {
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "link" when reader.GetAttribute("href") is { } href:
                            var rel = reader.GetAttribute("rel");
                            if (rel is null or "alternate")
                            {
                                link = href;
                            }

                            break;
                        case "link":
                            if (!reader.IsEmptyElement)
                            {
                                link = Content(reader, ref positioned).Trim();
                            }

                            break;
                        case "guid" when link is null && reader.GetAttribute("isPermaLink") != "false":
                            link = Content(reader, ref positioned).Trim();
                            break;
                        case "pubDate" or "published" or "updated" or "date" or "issued":
                            date ??= PageAnalyzer.ParseDate(Content(reader, ref positioned));
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    if (UrlCanonicalizer.Canonicalize(link, address) is { } url)
                    {
                        links.Add(new DiscoveredLink(url, PageKind.Article, date));
                    }

                    depth = -1;
                }
            }
        }
        catch (XmlException)
        {
        }

        return links;
    }

    /// <summary>True when the XML is a feed rather than a sitemap (by its root element).</summary>
    public static bool IsFeed(byte[] body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return reader.LocalName is "rss" or "feed" or "RDF";
                }
            }
        }
        catch (XmlException)
        {
        }

        return false;
    }

    private static string Content(XmlReader reader, ref bool positioned)
    {
        positioned = true;
        return reader.ReadElementContentAsString();
    }
}
