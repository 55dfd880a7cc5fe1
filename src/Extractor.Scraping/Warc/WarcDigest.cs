using System.Security.Cryptography;
using System.Text;

namespace Extractor.Scraping.Warc;

/// <summary>WARC digests: SHA-1 in base32 ("sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"), as Heritrix, wget and Common Crawl write them.</summary>
internal static class WarcDigest
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Sha1(ReadOnlySpan<byte> data) => "sha1:" + Base32(SHA1.HashData(data));

    public static string Base32(ReadOnlySpan<byte> data)
    {
        var sb = new StringBuilder((data.Length + 4) / 5 * 8);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            sb.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        while (sb.Length % 8 != 0)
        {
            sb.Append('=');
        }

        return sb.ToString();
    }
}
