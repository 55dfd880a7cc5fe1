using System.IO.Compression;
using System.Text;
using Extractor.Scraping.Warc;
using Extractor.Testing;

namespace Extractor.Scraping.Tests.Warc;

/// <summary>The strict WARC 1.1 checker accepts what the writer writes and names each kind of damage (so a passing check over a crawl means something).</summary>
public sealed class WarcValidatorTests : IDisposable
{
    private static readonly DateTimeOffset When = new(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly byte[] Head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 8\r\n\r\n");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warc-validate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    private string Written(bool compress = true)
    {
        using var writer = new WarcWriter(new WarcWriterOptions { Folder = _folder, Compress = compress });
        writer.WriteExchange("https://baophutho.vn/a-1.html", When, Encoding.ASCII.GetBytes("GET /a-1.html HTTP/1.1\r\nHost: baophutho.vn\r\n\r\n"), [.. Head, .. "<p>a</p>"u8], Head.Length);
        writer.WriteRevisit("https://baophutho.vn/a-2.html", When, Head, WarcDigest.Sha1("<p>a</p>"u8.ToArray()), "https://baophutho.vn/a-1.html");
        return Path.Combine(_folder, writer.CurrentFile!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Accepts_what_the_writer_writes(bool compress)
    {
        var problems = WarcValidator.Validate([Written(compress)], out var records);

        problems.Should().BeEmpty();
        records.Select(r => r.Type).Should().Equal("warcinfo", "response", "request", "revisit");
    }

    [Theory]
    [InlineData("Content-Length: 8\r\n\r\n<p>a</p>", "Content-Length: 8\r\n\r\n<p>b</p>", "Payload-Digest")]
    [InlineData("WARC-Type: request", "WARC-Type: request\r\nWARC-Type: request", "more than once")]
    [InlineData("WARC/1.1\r\nWARC-Type: response", "WARC/1.1\nWARC-Type: response", "bare CR or LF")]
    [InlineData("WARC-Concurrent-To: <", "WARC-Concurrent-To: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\nX-Old: <", "names no record")]
    [InlineData("msgtype=request", "msgtype=response", "msgtype=request")]
    public void Names_damage_in_an_uncompressed_file(string find, string replace, string expected)
    {
        var file = Written(compress: false);
        var text = File.ReadAllText(file, Encoding.Latin1);
        text.Should().Contain(find);
        var damaged = ReplaceFirst(text, find, replace);
        File.WriteAllText(file, damaged, Encoding.Latin1);

        WarcValidator.Validate([file]).Should().Contain(p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_an_inexact_content_length()
    {
        var file = Written(compress: false);
        var text = File.ReadAllText(file, Encoding.Latin1);
        var length = System.Text.RegularExpressions.Regex.Match(text, "WARC-Type: request[\\s\\S]*?Content-Length: (\\d+)").Groups[1].Value;
        File.WriteAllText(file, ReplaceFirst(text, "Content-Length: " + length, "Content-Length: " + (int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) - 1)), Encoding.Latin1);

        WarcValidator.Validate([file]).Should().Contain(p => p.Contains("CR LF CR LF", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_records_sharing_one_gzip_member_and_a_torn_tail()
    {
        var plain = Written(compress: false);
        var whole = Path.Combine(_folder, "whole.warc.gz");
        using (var gzip = new GZipStream(File.Create(whole), CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(plain));
        }

        WarcValidator.Validate([whole]).Should().Contain(p => p.Contains("more than one record", StringComparison.Ordinal));

        var per = Written();
        File.AppendAllBytes(per, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        WarcValidator.Validate([per]).Should().Contain(p => p.Contains("no complete gzip member", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_a_record_id_used_twice_across_files_and_a_file_not_opened_by_warcinfo()
    {
        var file = Written(compress: false);
        var copy = Path.Combine(_folder, "copy.warc");
        File.Copy(file, copy);
        var text = File.ReadAllText(copy, Encoding.Latin1);
        File.WriteAllText(copy, text[text.IndexOf("WARC/1.1\r\nWARC-Type: response", StringComparison.Ordinal)..], Encoding.Latin1);

        var problems = WarcValidator.Validate([file, copy]);

        problems.Should().Contain(p => p.Contains("is not unique", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("not a warcinfo", StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
