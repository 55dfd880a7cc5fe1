using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Extractor.Scraping.Sources;
using Extractor.Scraping.Warc;

namespace Extractor.Scraping.Tests.Warc;

public sealed class WarcRoundTripTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warc-test-" + Guid.NewGuid().ToString("N"));

    private static readonly DateTimeOffset When = new(2025, 6, 2, 1, 2, 3, TimeSpan.Zero);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_back_what_the_writer_wrote_at_the_offsets_it_reported(bool compress)
    {
        var locations = new List<WarcLocation>();
        string file;
        using (var writer = new WarcWriter(new WarcWriterOptions { Folder = _folder, Compress = compress }))
        {
            for (var i = 0; i < 3; i++)
            {
                locations.Add(writer.WriteExchange($"https://baophutho.vn/a-{i}.html", When, Request(i), Response($"<p>bài {i}</p>"), Head.Length));
            }

            file = Path.Combine(_folder, writer.CurrentFile!);
        }

        var records = WarcReader.ReadFile(file).ToList();

        records.Select(r => r.Type).Should().Equal("warcinfo", "response", "request", "response", "request", "response", "request");
        records.Where(r => r.Type == "response").Select(r => r.Offset).Should().Equal(locations.Select(l => l.Offset));
        records.Should().OnlyContain(r => r.Version == "WARC/1.1" && r.RecordId!.StartsWith("<urn:uuid:", StringComparison.Ordinal));
        var response = records[3];
        response.TargetUri.Should().Be("https://baophutho.vn/a-1.html");
        response.Field("WARC-Date").Should().Be("2025-06-02T01:02:03Z");
        records[4].Field("WARC-Concurrent-To").Should().Be(response.RecordId);
        WarcReader.ReadFile(file, startOffset: locations[2].Offset).First().TargetUri.Should().Be("https://baophutho.vn/a-2.html");
    }

    [Fact]
    public void Writes_block_and_payload_digests_that_check_out()
    {
        string file;
        using (var writer = new WarcWriter(new WarcWriterOptions { Folder = _folder }))
        {
            writer.WriteExchange("https://baophutho.vn/a.html", When, Request(0), Response("<p>bài</p>"), Head.Length);
            file = Path.Combine(_folder, writer.CurrentFile!);
        }

        foreach (var record in WarcReader.ReadFile(file).Where(r => r.Field("WARC-Block-Digest") is not null))
        {
            record.Field("WARC-Block-Digest").Should().Be("sha1:" + WarcDigest.Base32(SHA1.HashData(record.Block)));
            record.Field("Content-Length").Should().Be(record.Block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = WarcReader.ReadFile(file).Single(r => r.Type == "response");
        response.Field("WARC-Payload-Digest").Should().Be("sha1:" + WarcDigest.Base32(SHA1.HashData(HttpResponseBlock.TryParse(response.Block)!.Body)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY======")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    public void Encodes_base32_as_RFC_4648_says(string input, string expected)
    {
        WarcDigest.Base32(Encoding.ASCII.GetBytes(input)).Should().Be(expected);
    }

    [Fact]
    public void Rotates_files_by_size()
    {
        using (var writer = new WarcWriter(new WarcWriterOptions { Folder = _folder, MaxFileBytes = 2000 }))
        {
            for (var i = 0; i < 6; i++)
            {
                writer.WriteExchange($"https://baophutho.vn/a-{i}.html", When, Request(i), Response(new string('x', 900) + i), Head.Length);
            }
        }

        var files = Directory.GetFiles(_folder, "*.warc.gz");
        files.Length.Should().BeGreaterThan(1);
        files.SelectMany(f => WarcReader.ReadFile(f)).Count(r => r.Type == "response").Should().Be(6);
        files.Should().OnlyContain(f => WarcReader.ReadFile(f).First().Type == "warcinfo");
    }

    [Fact]
    public void Reads_a_whole_file_gzip_holding_many_records()
    {
        var plain = new StringBuilder();
        foreach (var i in new[] { 1, 2 })
        {
            var block = Encoding.UTF8.GetString(Response($"<p>{i}</p>"));
            plain.Append("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://baogialai.com.vn/a-").Append(i)
                .Append(".html\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ").Append(Encoding.UTF8.GetByteCount(block))
                .Append("\r\n\r\n").Append(block).Append("\r\n\r\n");
        }

        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "whole.warc.gz");
        using (var gzip = new GZipStream(File.Create(file), CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(plain.ToString()));
        }

        WarcReader.ReadFile(file).Select(r => r.TargetUri).Should().Equal("https://baogialai.com.vn/a-1.html", "https://baogialai.com.vn/a-2.html");
    }

    [Fact]
    public void Stops_at_a_torn_record_naming_where_it_starts()
    {
        string file;
        long sound;
        using (var writer = new WarcWriter(new WarcWriterOptions { Folder = _folder }))
        {
            writer.WriteExchange("https://baophutho.vn/a.html", When, Request(0), Response("<p>a</p>"), Head.Length);
            file = Path.Combine(_folder, writer.CurrentFile!);
            sound = writer.CurrentLength;
        }

        var whole = File.ReadAllBytes(file);
        File.AppendAllBytes(file, whole.AsSpan(0, whole.Length / 2).ToArray()[..40]);

        var read = () => WarcReader.ReadFile(file).ToList();

        read.Should().Throw<WarcFormatException>().Which.Offset.Should().Be(sound);
    }

    [Fact]
    public void Turns_archived_articles_into_documents_with_the_registered_province()
    {
        string file;
        using (var writer = new WarcWriter(new WarcWriterOptions { Folder = _folder }))
        {
            var html = "<html><head><title>x</title></head><body><h1>Hội nghị Ban Chấp hành</h1><p>Sáng 2-7, Tỉnh ủy tổ chức hội nghị.</p></body></html>";
            writer.WriteExchange("https://baophutho.vn/hoi-nghi-1.html", When, Request(0), Response(html), Head.Length,
                extraFields: [new(WarcArticleReader.PageKindField, "article")]);
            writer.WriteExchange("https://baophutho.vn/chuyen-muc", When, Request(1), Response("<p>list</p>"), Head.Length,
                extraFields: [new(WarcArticleReader.PageKindField, "listing")]);
            writer.WriteExchange("https://example.com/other-2.html", When, Request(2), Response("<h1>Khác</h1><p>Nội dung.</p>"), Head.Length);
            file = Path.Combine(_folder, writer.CurrentFile!);
        }

        var registry = SourceRegistry.LoadFolders(Path.Combine(Extractor.Testing.RepositoryPaths.Corpus, "sources"));
        var documents = new WarcArticleReader(registry).Read(file, "crawl/a.warc.gz").ToList();

        documents.Should().HaveCount(2);
        documents[0].Source.Province.Should().Be("Phú Thọ");
        documents[0].Source.Url.Should().Be("https://baophutho.vn/hoi-nghi-1.html");
        documents[0].Source.SourceFile.Should().MatchRegex(@"^crawl/a\.warc\.gz#\d+$");
        documents[0].Text.Should().Contain("Sáng 2-7");
        documents[1].Source.Province.Should().BeNull();
    }

    private static readonly byte[] Head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n");

    private static byte[] Request(int i) => Encoding.ASCII.GetBytes($"GET /a-{i}.html HTTP/1.1\r\nHost: baophutho.vn\r\n\r\n");

    private static byte[] Response(string html) => [.. Head, .. Encoding.UTF8.GetBytes(html)];
}
