using System.Text;

namespace Extractor.Html.Decoding;

/// <summary>Drops the tags of a page that nest deeper than a limit, as browsers do, so parsing stays linear on pathological pages.</summary>
/// <remarks>
/// A quick scan counts open and close tags (void elements, self-closing tags, comments, scripts and styles aside). Pages
/// that stay under the limit are returned unchanged; text is never dropped, only the markup of the too-deep elements.
/// </remarks>
internal static class NestingLimiter
{
    public const int MaxDepth = 2048;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "!doctype",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidNames = Void.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawTextNames = ["script", "style", "textarea", "title", "xmp"];

    public static string Limit(string html, out bool changed)
    {
        changed = false;
        // Only opening tags deepen the nesting: a page with fewer of them than the limit (most pages) needs no scan.
        var span = html.AsSpan();
        if (span.Count('<') - span.Count("</") <= MaxDepth || !Exceeds(html))
        {
            return html;
        }

        changed = true;
        var output = new StringBuilder(html.Length);
        var depth = 0;
        var dropped = 0;
        var i = 0;
        while (i < html.Length)
        {
            var (start, end, name, closing, selfClosing) = NextTag(html, i);
            if (start < 0)
            {
                output.Append(html, i, html.Length - i);
                break;
            }

            output.Append(html, i, start - i);
            var keep = true;
            if (name.Length > 0 && !VoidNames.Contains(html.AsSpan(name.Start, name.Length)) && !selfClosing)
            {
                if (closing)
                {
                    if (dropped > 0)
                    {
                        dropped--;
                        keep = false;
                    }
                    else
                    {
                        depth = Math.Max(0, depth - 1);
                    }
                }
                else if (depth >= MaxDepth)
                {
                    dropped++;
                    keep = false;
                }
                else
                {
                    depth++;
                }
            }

            if (keep)
            {
                output.Append(html, start, end - start);
            }

            i = end;
        }

        return output.ToString();
    }

    private static bool Exceeds(string html)
    {
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var (start, end, name, closing, selfClosing) = NextTag(html, i);
            if (start < 0)
            {
                return false;
            }

            if (name.Length > 0 && !VoidNames.Contains(html.AsSpan(name.Start, name.Length)) && !selfClosing)
            {
                depth += closing ? -1 : 1;
                if (depth > MaxDepth)
                {
                    return true;
                }
            }

            i = end;
        }

        return false;
    }

    /// <summary>The next tag from <paramref name="from"/>: its range, the range of its name (empty for comments and raw text), and whether it closes or self-closes.</summary>
    private static (int Start, int End, (int Start, int Length) Name, bool Closing, bool SelfClosing) NextTag(string html, int from)
    {
        var start = html.IndexOf('<', from);
        if (start < 0 || start + 1 >= html.Length)
        {
            return (-1, -1, default, false, false);
        }

        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return (start, close < 0 ? html.Length : close + 3, default, false, false);
        }

        var closing = html[start + 1] == '/';
        var nameStart = start + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-' or ':'))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart)
        {
            return (start, start + 1, default, false, false); // a bare '<' in text
        }

        var end = html.IndexOf('>', nameEnd);
        end = end < 0 ? html.Length : end + 1;
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        var selfClosing = end >= 2 && html[end - 2] == '/';
        if (!closing && RawTextName(name) is { } rawName)
        {
            // Raw text: the element with its content and closing tag is one unit that does not change the depth.
            var close = html.IndexOf("</" + rawName, end, StringComparison.OrdinalIgnoreCase);
            var after = close < 0 ? -1 : html.IndexOf('>', close);
            return (start, after < 0 ? html.Length : after + 1, default, false, false);
        }

        return (start, end, (nameStart, nameEnd - nameStart), closing, selfClosing);
    }

    private static string? RawTextName(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawTextNames)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return raw;
            }
        }

        return null;
    }
}
