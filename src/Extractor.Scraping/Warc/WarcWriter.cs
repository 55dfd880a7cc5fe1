using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extractor.Scraping.Warc;

/// <summary>Writes WARC 1.1 records (ISO 28500): a warcinfo record opening each file, then request/response pairs and revisits, gzip per record, rotated by size.</summary>
/// <remarks>
/// Each call appends its records with one write and flushes them to the operating system before returning, so a
/// killed process leaves at most one partial member at the end of the file (readers and recovery stop there).
/// Not thread-safe: one writer per crawl, called under the crawl's lock. A new file is opened lazily on the first
/// record, so a run that fetches nothing leaves no file.
/// </remarks>
public sealed class WarcWriter(WarcWriterOptions options, TimeProvider? time = null) : IDisposable
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private FileStream? _file;
    private string? _fileName;
    private string? _warcinfoId;

    /// <summary>Raised when a file is opened, with its name, so the crawl database can list it.</summary>
    public event Action<string>? FileOpened;

    /// <summary>The name of the file being written, or null before the first record.</summary>
    public string? CurrentFile => _fileName;

    /// <summary>The length of the file being written (all its records complete), or 0 before the first record.</summary>
    public long CurrentLength => _file?.Length ?? 0;

    /// <summary>Writes a request and its response as a concurrent pair; returns where the response record is.</summary>
    /// <param name="responseBlock">The HTTP response as received: status line, headers, CR LF, body (still content-encoded).</param>
    /// <param name="payloadOffset">Where the body starts in <paramref name="responseBlock"/> (for WARC-Payload-Digest).</param>
    public WarcLocation WriteExchange(
        string targetUri, DateTimeOffset date, byte[] requestBlock, byte[] responseBlock, int payloadOffset,
        string? ipAddress = null, IReadOnlyList<KeyValuePair<string, string>>? extraFields = null)
    {
        var responseId = NewId();
        var requestId = NewId();
        EnsureFile();
        var response = new List<KeyValuePair<string, string>>
        {
            new("WARC-Type", "response"),
            new("WARC-Record-ID", responseId),
            new("WARC-Warcinfo-ID", _warcinfoId!),
            new("WARC-Date", FormatDate(date)),
            new("WARC-Target-URI", targetUri),
        };
        if (ipAddress is not null)
        {
            response.Add(new("WARC-IP-Address", ipAddress));
        }

        response.Add(new("WARC-Block-Digest", WarcDigest.Sha1(responseBlock)));
        response.Add(new("WARC-Payload-Digest", WarcDigest.Sha1(responseBlock.AsSpan(Math.Clamp(payloadOffset, 0, responseBlock.Length)))));
        response.Add(new("Content-Type", "application/http;msgtype=response"));
        if (extraFields is not null)
        {
            response.AddRange(extraFields);
        }

        var request = new List<KeyValuePair<string, string>>
        {
            new("WARC-Type", "request"),
            new("WARC-Record-ID", requestId),
            new("WARC-Warcinfo-ID", _warcinfoId!),
            new("WARC-Date", FormatDate(date)),
            new("WARC-Target-URI", targetUri),
            new("WARC-Concurrent-To", responseId),
            new("WARC-Block-Digest", WarcDigest.Sha1(requestBlock)),
            new("Content-Type", "application/http;msgtype=request"),
        };
        var locations = Append([(response, responseBlock), (request, requestBlock)]);
        return locations[0];
    }

    /// <summary>Writes a revisit record: the same payload was archived before under <paramref name="refersToUri"/> (identical-payload-digest profile).</summary>
    public WarcLocation WriteRevisit(string targetUri, DateTimeOffset date, byte[] responseHead, string payloadDigest, string refersToUri)
    {
        EnsureFile();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("WARC-Type", "revisit"),
            new("WARC-Record-ID", NewId()),
            new("WARC-Warcinfo-ID", _warcinfoId!),
            new("WARC-Date", FormatDate(date)),
            new("WARC-Target-URI", targetUri),
            new("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
            new("WARC-Refers-To-Target-URI", refersToUri),
            new("WARC-Payload-Digest", payloadDigest),
            new("WARC-Block-Digest", WarcDigest.Sha1(responseHead)),
            new("Content-Type", "application/http;msgtype=response"),
        };
        return Append([(fields, responseHead)])[0];
    }

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
    }

    /// <summary>The WARC-Date form: UTC to the second ("2025-01-05T12:30:00Z").</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string NewId() => $"<urn:uuid:{Guid.NewGuid():D}>";

    private void EnsureFile()
    {
        if (_file is not null && _file.Length < options.MaxFileBytes)
        {
            return;
        }

        _file?.Dispose();
        Directory.CreateDirectory(options.Folder);
        var stamp = _time.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var serial = Directory.GetFiles(options.Folder, options.Prefix + "-*").Length + 1;
        var extension = options.Compress ? ".warc.gz" : ".warc";
        string path;
        do
        {
            _fileName = $"{options.Prefix}-{stamp}-{serial++:D5}{extension}";
            path = Path.Combine(options.Folder, _fileName);
        }
        while (File.Exists(path));

        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        FileOpened?.Invoke(_fileName);
        _warcinfoId = NewId();
        var info = new StringBuilder();
        info.Append("format: WARC File Format 1.1\r\n");
        info.Append("conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n");
        foreach (var (key, value) in options.Info)
        {
            info.Append(key).Append(": ").Append(value).Append("\r\n");
        }

        var block = Encoding.UTF8.GetBytes(info.ToString());
        Append(
        [(
            [
                new("WARC-Type", "warcinfo"),
                new("WARC-Record-ID", _warcinfoId),
                new("WARC-Date", FormatDate(_time.GetUtcNow())),
                new("WARC-Filename", _fileName),
                new("Content-Type", "application/warc-fields"),
            ],
            block)
        ]);
    }

    private List<WarcLocation> Append(IReadOnlyList<(List<KeyValuePair<string, string>> Fields, byte[] Block)> records)
    {
        var file = _file!;
        var start = file.Length;
        using var all = new MemoryStream();
        var locations = new List<WarcLocation>(records.Count);
        foreach (var (fields, block) in records)
        {
            var offset = all.Length;
            var raw = Serialize(fields, block);
            if (options.Compress)
            {
                using var gzip = new GZipStream(all, CompressionLevel.Optimal, leaveOpen: true);
                gzip.Write(raw);
            }
            else
            {
                all.Write(raw);
            }

            locations.Add(new WarcLocation(_fileName!, start + offset, all.Length - offset));
        }

        file.Position = start;
        file.Write(all.GetBuffer().AsSpan(0, (int)all.Length));
        file.Flush(flushToDisk: false);
        return locations;
    }

    private static byte[] Serialize(List<KeyValuePair<string, string>> fields, byte[] block)
    {
        var head = new StringBuilder("WARC/1.1\r\n");
        foreach (var (key, value) in fields)
        {
            head.Append(key).Append(": ").Append(value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var headBytes = Encoding.UTF8.GetBytes(head.ToString());
        var result = new byte[headBytes.Length + block.Length + 4];
        headBytes.CopyTo(result, 0);
        block.CopyTo(result, headBytes.Length);
        "\r\n\r\n"u8.CopyTo(result.AsSpan(headBytes.Length + block.Length));
        return result;
    }
}
