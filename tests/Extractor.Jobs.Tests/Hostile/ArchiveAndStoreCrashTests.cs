using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Extractor.Jobs.Tests.Hostile;

/// <summary>Issue 7 (a Common Crawl WARC read by <c>extract</c>) and issue 10 item 4 for <c>index</c>: SIGKILL mid-index, run again, the store is whole and holds each article once.</summary>
public sealed class ArchiveAndStoreCrashTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Extract_reads_the_HTML_responses_of_a_Common_Crawl_style_WARC_and_passes_over_everything_else()
    {
        using var folder = new TempFolder();
        var html = "<html><head><meta charset=\"utf-8\"><title>Hội nghị</title></head><body><article><h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh</h1>"
            + "<p>Sáng 2-7, Tỉnh ủy tổ chức hội nghị lần thứ 15. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì.</p></article></body></html>";
        var body = Encoding.UTF8.GetBytes(html);
        var file = folder.File("CC-MAIN-20250602-00000.warc.gz");
        await using (var output = File.Create(file))
        {
            Member(output, "warcinfo", null, "application/warc-fields", Encoding.UTF8.GetBytes("software: Apache Nutch 1.20 (modified, https://github.com/commoncrawl/nutch/)\r\nformat: WARC File Format 1.0\r\n"));
            Member(output, "request", "https://baophutho.vn/hoi-nghi-15.html", "application/http; msgtype=request", Encoding.ASCII.GetBytes("GET /hoi-nghi-15.html HTTP/1.1\r\nHost: baophutho.vn\r\nUser-Agent: CCBot/2.0\r\n\r\n"));
            Member(output, "response", "https://baophutho.vn/hoi-nghi-15.html", "application/http; msgtype=response",
                [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nX-Crawler-Content-Encoding: gzip\r\nX-Crawler-Transfer-Encoding: chunked\r\nContent-Length: {body.Length}\r\n\r\n"), .. body],
                ("WARC-IP-Address", "113.160.1.1"), ("WARC-Identified-Payload-Type", "text/html"));
            Member(output, "metadata", "https://baophutho.vn/hoi-nghi-15.html", "application/warc-fields", Encoding.ASCII.GetBytes("fetchTimeMs: 412\r\n"));
            Member(output, "response", "https://baophutho.vn/logo.png", "application/http; msgtype=response",
                [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n"), 0x89, 0x50, 0x4e, 0x47]);
            Member(output, "response", "https://baophutho.vn/khong-co", "application/http; msgtype=response",
                Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\nnot found"));
        }

        var jsonl = folder.File("cc.jsonl");
        (await CliProcess.RunAsync(folder.Path, Limit, "extract", file, "-o", jsonl)).Should().Be(0);

        var records = File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        records.Should().ContainSingle();
        records[0].GetProperty("url").GetString().Should().Be("https://baophutho.vn/hoi-nghi-15.html");
        records[0].GetProperty("source_file").GetString().Should().MatchRegex(@"CC-MAIN-20250602-00000\.warc\.gz#\d+$");
        records[0].GetProperty("text").GetString().Should().Contain("Sáng 2-7");
        records[0].GetProperty("province").GetString().Should().Be("Phú Thọ");
    }

    [Fact]
    public async Task An_index_killed_mid_run_and_run_again_leaves_the_store_whole_with_every_article_once()
    {
        using var folder = new TempFolder();
        var jsonl = await ManyRecordsAsync(folder, 1500);
        var whole = folder.File("whole.db");
        (await CliProcess.RunAsync(folder.Path, Limit, "index", jsonl, "--db", whole)).Should().Be(0);

        var killed = folder.File("killed.db");
        var random = new Random(20250602);
        var midRunKills = 0;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var process = CliProcess.Start(folder.Path, "index", jsonl, "--db", killed);
            var watch = Stopwatch.StartNew();
            var after = TimeSpan.FromMilliseconds(random.Next(400, 1000));
            while (!process.HasExited && watch.Elapsed < after)
            {
                await Task.Delay(10);
            }

            midRunKills += process.HasExited ? 0 : 1;
            CliProcess.KillHard(process);
            if (File.Exists(killed))
            {
                Counts(killed); // integrity_check right after the kill
            }
        }

        (await CliProcess.RunAsync(folder.Path, Limit, "index", jsonl, "--db", killed)).Should().Be(0);

        midRunKills.Should().BeGreaterThan(0, "at least one kill must land mid-run for this test to mean anything");
        Counts(killed).Should().Equal(Counts(whole));
        Counts(killed)["articles"].Should().Be(1500);
    }

    /// <summary>Real records from <c>extract</c>, multiplied into distinct articles (a suffix on the text keeps every span valid).</summary>
    private static async Task<string> ManyRecordsAsync(TempFolder folder, int count)
    {
        for (var i = 0; i < 30; i++)
        {
            folder.Write($"in/a{i:D3}.txt",
                $"10:{10 + i}, 0{1 + i % 9}/03/2024\n\nHội nghị số {i}\n\nSáng {1 + i % 28}-3, Đảng ủy xã số {i} tổ chức hội nghị. Đồng chí Nguyễn Văn {(char)('A' + i % 20)}, Bí thư Đảng ủy chủ trì. "
                + $"Toàn Đảng bộ có {100 + i} đảng viên, đạt {50 + i},5% kế hoạch.\n\nMINH KHÔI");
        }

        var seed = folder.File("seed.jsonl");
        (await CliProcess.RunAsync(folder.Path, Limit, "extract", folder.File("in"), "-o", seed, "--jobs", "2")).Should().BeOneOf(0, 1);
        var lines = File.ReadAllLines(seed);
        var many = new StringBuilder();
        for (var k = 0; k < count; k++)
        {
            var record = JsonNode.Parse(lines[k % lines.Length])!.AsObject();
            record["text"] = record["text"]!.GetValue<string>() + $"\n\n(bản {k})";
            record["source_file"] = $"many/{k:D5}.txt";
            many.AppendLine(record.ToJsonString());
        }

        return folder.Write("many.jsonl", many.ToString());
    }

    private static Dictionary<string, long> Counts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            check.ExecuteScalar().Should().Be("ok");
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in new[] { "articles", "sources", "figures", "events", "people", "appearances", "title_holdings" })
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM {table}";
            counts[table] = (long)count.ExecuteScalar()!;
        }

        return counts;
    }

    private static void Member(Stream output, string type, string? target, string contentType, byte[] block, params (string Name, string Value)[] extra)
    {
        var head = new StringBuilder("WARC/1.0\r\n");
        head.Append("WARC-Type: ").Append(type).Append("\r\n");
        head.Append("WARC-Date: 2025-06-02T01:02:03Z\r\n");
        head.Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        if (target is not null)
        {
            head.Append("WARC-Target-URI: ").Append(target).Append("\r\n");
        }

        foreach (var (name, value) in extra)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        head.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(Encoding.ASCII.GetBytes(head.ToString()));
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }
}
