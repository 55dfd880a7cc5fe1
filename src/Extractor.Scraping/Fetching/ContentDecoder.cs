using System.IO.Compression;
using Extractor.Scraping.Warc;

namespace Extractor.Scraping.Fetching;

/// <summary>Undoes HTTP content coding (gzip, deflate, br) with a guard on the decoded size, so a gzip bomb cannot fill memory.</summary>
public static class ContentDecoder
{
    /// <summary>The decoded body, or an error (unknown coding, corrupt data, over the limit); never throws.</summary>
    public static (byte[]? Body, string? Error) Decode(byte[] body, string coding, long maxDecodedBytes)
    {
        var codings = coding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var data = body;
        foreach (var step in codings.Reverse())
        {
            try
            {
                data = step.ToLowerInvariant() switch
                {
                    "identity" => data,
                    "gzip" or "x-gzip" => Inflate(new GZipStream(new MemoryStream(data), CompressionMode.Decompress), maxDecodedBytes),
                    "deflate" => InflateDeflate(data, maxDecodedBytes),
                    "br" => Inflate(new BrotliStream(new MemoryStream(data), CompressionMode.Decompress), maxDecodedBytes),
                    _ => throw new NotSupportedException($"unknown content coding '{step}'"),
                };
            }
            catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
            {
                return (null, $"cannot decode the {step} body: {ex.Message}");
            }
        }

        return (data, null);
    }

    private static byte[] InflateDeflate(byte[] data, long max)
    {
        // "deflate" is meant to be zlib-wrapped, but many servers send raw deflate.
        try
        {
            return Inflate(new ZLibStream(new MemoryStream(data), CompressionMode.Decompress), max);
        }
        catch (InvalidDataException)
        {
            return Inflate(new DeflateStream(new MemoryStream(data), CompressionMode.Decompress), max);
        }
    }

    private static byte[] Inflate(Stream decoder, long max)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            new CountingStream(decoder, max).CopyTo(output);
            return output.ToArray();
        }
    }
}
