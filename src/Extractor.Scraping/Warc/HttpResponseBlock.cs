using System.Globalization;
using System.Text;
using Extractor.Scraping.Fetching;

namespace Extractor.Scraping.Warc;

/// <summary>An HTTP response read back from a WARC response block: status, headers and the entity body (de-chunked, decoded).</summary>
/// <remarks>Immutable. Parsing never throws: a block that is not HTTP gives null from <see cref="TryParse"/>.</remarks>
public sealed record HttpResponseBlock
{
    public required int Status { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }

    /// <summary>The entity body with transfer and content coding removed (as stored when decoding fails).</summary>
    public required byte[] Body { get; init; }

    /// <summary>What went wrong decoding the body (unknown coding, broken gzip), if anything.</summary>
    public string? Error { get; init; }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The media type of Content-Type, lowercased ("text/html"), or null.</summary>
    public string? MediaType => ContentTypes.MediaType(Header("Content-Type"));

    /// <summary>The charset parameter of Content-Type, or null.</summary>
    public string? Charset => ContentTypes.Charset(Header("Content-Type"));

    /// <summary>Reads a response block (status line, headers, blank line, body).</summary>
    public static HttpResponseBlock? TryParse(ReadOnlySpan<byte> block, long maxBodyBytes = 64L * 1024 * 1024)
    {
        var headEnd = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headEnd < 0)
        {
            headEnd = block.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (headEnd < 0)
        {
            headEnd = block.Length;
            separator = 0;
        }

        var head = Encoding.Latin1.GetString(block[..headEnd]).Split('\n');
        var statusLine = head[0].TrimEnd('\r').Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var raw in head.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        var body = block[Math.Min(block.Length, headEnd + separator)..].ToArray();
        var result = new HttpResponseBlock { Status = status, Headers = headers, Body = body };
        string? error = null;
        if (result.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body) ?? body;
        }

        var coding = result.Header("Content-Encoding");
        if (!string.IsNullOrWhiteSpace(coding) && !coding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            var decoded = ContentDecoder.Decode(body, coding, maxBodyBytes);
            if (decoded.Error is null)
            {
                body = decoded.Body!;
            }
            else
            {
                error = decoded.Error;
            }
        }

        return result with { Body = body, Error = error };
    }

    /// <summary>Removes chunked transfer coding; null when the data is not validly chunked.</summary>
    internal static byte[]? Dechunk(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length);
        var position = 0;
        while (position < data.Length)
        {
            var lineEnd = data[position..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                return null;
            }

            var sizeText = Encoding.ASCII.GetString(data.Slice(position, lineEnd)).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }

            position += lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            if (position + size > data.Length)
            {
                return null;
            }

            output.Write(data.Slice(position, size));
            position += size;
            while (position < data.Length && data[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }
        }

        return output.ToArray();
    }
}
