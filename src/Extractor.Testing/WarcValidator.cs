using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Testing;

/// <summary>A strict WARC 1.1 (ISO 28500:2017) checker for tests, written apart from the project's reader and writer so it cannot share their mistakes.</summary>
/// <remarks>
/// Checks, per file: gzip files are one gzip member per record (each member's CRC-32 and size verified, exactly one record
/// inside); the first record is a warcinfo; every record's version line and header grammar (token names, no control
/// characters, CR LF line ends), the mandatory fields (WARC-Record-ID, Content-Length, WARC-Date, WARC-Type) and their
/// forms; Content-Length exact and the block followed by exactly CR LF CR LF; WARC-Block-Digest and WARC-Payload-Digest
/// (sha1, RFC 4648 base32) recomputed; and, across files, unique record IDs, WARC-Concurrent-To and WARC-Warcinfo-ID
/// pointing at records that exist, every request paired with a response of the same target. Returns the problems found
/// (empty when the files validate) rather than stopping at the first, so a failing test shows them all.
/// </remarks>
public static partial class WarcValidator
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation",
    };

    private static readonly HashSet<string> Repeatable = new(StringComparer.OrdinalIgnoreCase) { "WARC-Concurrent-To" };

    /// <summary>A parsed record as the validator saw it.</summary>
    public sealed record Record(string File, long Offset, string Type, string Id, IReadOnlyDictionary<string, List<string>> Fields, byte[] Block)
    {
        public string? Field(string name) => Fields.TryGetValue(name, out var values) ? values[0] : null;
    }

    /// <summary>Validates the files together (IDs are checked across them) and returns every problem found, with file and offset.</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<string> files) => Validate(files, out _);

    public static IReadOnlyList<string> Validate(IEnumerable<string> files, out List<Record> records)
    {
        var problems = new List<string>();
        records = [];
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var name = Path.GetFileName(file);
            var fileRecords = new List<Record>();
            if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (offset, member, error) in Members(bytes))
                {
                    if (error is not null)
                    {
                        problems.Add($"{name}@{offset}: {error}");
                        break;
                    }

                    var position = 0;
                    var record = ParseRecord(name, offset, member!, ref position, problems);
                    if (record is not null)
                    {
                        fileRecords.Add(record);
                    }

                    if (record is not null && position != member!.Length)
                    {
                        problems.Add($"{name}@{offset}: the gzip member holds more than one record ({member.Length - position} bytes after the first)");
                    }
                }
            }
            else
            {
                var position = 0;
                while (position < bytes.Length)
                {
                    var start = position;
                    var record = ParseRecord(name, start, bytes, ref position, problems);
                    if (record is null)
                    {
                        break;
                    }

                    fileRecords.Add(record);
                }
            }

            if (fileRecords.Count == 0)
            {
                problems.Add($"{name}: no records");
            }
            else if (fileRecords[0].Type != "warcinfo")
            {
                problems.Add($"{name}: the first record is a {fileRecords[0].Type}, not a warcinfo");
            }

            records.AddRange(fileRecords);
        }

        CrossCheck(records, problems);
        return problems;
    }

    /// <summary>The gzip members of a file: each must inflate alone, its CRC-32 and length trailer must match, and the members must tile the file.</summary>
    private static IEnumerable<(long Offset, byte[]? Data, string? Error)> Members(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            if (bytes.Length - start < 18 || bytes[start] != 0x1f || bytes[start + 1] != 0x8b || bytes[start + 2] != 8)
            {
                yield return (start, null, "not the start of a gzip member (a torn or foreign tail)");
                yield break;
            }

            // The member ends where a trailer checks out: try each later gzip magic (and the end of the file) as the end.
            byte[]? found = null;
            var end = -1;
            foreach (var candidate in Candidates(bytes, start))
            {
                if (TryInflate(bytes, start, candidate) is { } data)
                {
                    found = data;
                    end = candidate;
                    break;
                }
            }

            if (found is null)
            {
                yield return (start, null, "no complete gzip member starts here (bad data, CRC-32 or length)");
                yield break;
            }

            yield return (start, found, null);
            start = end;
        }
    }

    private static IEnumerable<int> Candidates(byte[] bytes, int start)
    {
        for (var i = start + 18; i + 2 < bytes.Length; i++)
        {
            if (bytes[i] == 0x1f && bytes[i + 1] == 0x8b && bytes[i + 2] == 8)
            {
                yield return i;
            }
        }

        yield return bytes.Length;
    }

    private static byte[]? TryInflate(byte[] bytes, int start, int end)
    {
        try
        {
            using var input = new MemoryStream(bytes, start, end - start);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            var data = output.ToArray();
            var crc = BitConverter.ToUInt32(bytes, end - 8);
            var size = BitConverter.ToUInt32(bytes, end - 4);
            return crc == Crc32(data) && size == (uint)data.Length ? data : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static Record? ParseRecord(string file, long offset, byte[] data, ref int position, List<string> problems)
    {
        var where = $"{file}@{offset}";
        var headerEnd = IndexOf(data, "\r\n\r\n"u8, position);
        if (headerEnd < 0)
        {
            problems.Add($"{where}: no CR LF CR LF ends the record header");
            return null;
        }

        var head = Encoding.UTF8.GetString(data, position, headerEnd - position);
        var lines = head.Split("\r\n");
        if (lines[0] != "WARC/1.1" && lines[0] != "WARC/1.0")
        {
            problems.Add($"{where}: version line is '{lines[0]}', not WARC/1.1");
        }

        if (head.Replace("\r\n", "", StringComparison.Ordinal).Contains('\n', StringComparison.Ordinal) || head.Replace("\r\n", "", StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal))
        {
            problems.Add($"{where}: a bare CR or LF in the header (lines must end in CR LF)");
        }

        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var match = FieldLine().Match(line);
            if (!match.Success)
            {
                problems.Add($"{where}: header line not 'token: value': '{line}'");
                continue;
            }

            var name = match.Groups[1].Value;
            var value = match.Groups[2].Value.Trim(' ', '\t');
            if (value.Any(c => char.IsControl(c) && c != '\t'))
            {
                problems.Add($"{where}: control character in {name}");
            }

            if (fields.TryGetValue(name, out var values))
            {
                if (!Repeatable.Contains(name))
                {
                    problems.Add($"{where}: {name} appears more than once");
                }

                values.Add(value);
            }
            else
            {
                fields[name] = [value];
            }
        }

        string? Get(string name) => fields.TryGetValue(name, out var v) ? v[0] : null;
        var type = Get("WARC-Type");
        var id = Get("WARC-Record-ID");
        var date = Get("WARC-Date");
        var lengthText = Get("Content-Length");
        if (type is null || !Types.Contains(type))
        {
            problems.Add($"{where}: WARC-Type missing or unknown ('{type}')");
        }

        if (id is null || !RecordId().IsMatch(id))
        {
            problems.Add($"{where}: WARC-Record-ID missing or not '<uri>' ('{id}')");
        }

        if (date is null || !WarcDate().IsMatch(date)
            || !DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _))
        {
            problems.Add($"{where}: WARC-Date missing or not a UTC W3C-ISO8601 date ('{date}')");
        }

        if (lengthText is null || !lengthText.All(char.IsAsciiDigit) || !long.TryParse(lengthText, CultureInfo.InvariantCulture, out var length))
        {
            problems.Add($"{where}: Content-Length missing or not digits ('{lengthText}')");
            return null;
        }

        var blockStart = headerEnd + 4;
        if (blockStart + length + 4 > data.Length)
        {
            problems.Add($"{where}: Content-Length {length} runs past the end of the data");
            return null;
        }

        var block = data.AsSpan(blockStart, (int)length).ToArray();
        if (!data.AsSpan(blockStart + (int)length, 4).SequenceEqual("\r\n\r\n"u8))
        {
            problems.Add($"{where}: the block is not followed by exactly CR LF CR LF (Content-Length inexact?)");
        }

        position = blockStart + (int)length + 4;

        if (Get("WARC-Block-Digest") is { } blockDigest && !DigestMatches(blockDigest, block))
        {
            problems.Add($"{where}: WARC-Block-Digest {blockDigest} does not match the block");
        }

        var contentType = Get("Content-Type");
        if (type is "response" or "request" or "revisit" or "resource" or "metadata" or "conversion" && Get("WARC-Target-URI") is null)
        {
            problems.Add($"{where}: a {type} record without WARC-Target-URI");
        }
        else if (Get("WARC-Target-URI") is { } uri && (!Uri.TryCreate(uri, UriKind.Absolute, out _) || uri.StartsWith('<')))
        {
            problems.Add($"{where}: WARC-Target-URI '{uri}' is not a bare absolute URI (WARC 1.1 has no angle brackets here)");
        }

        if (length > 0 && contentType is null && type != "revisit")
        {
            problems.Add($"{where}: a non-empty {type} block without Content-Type");
        }

        if (type is "response" or "request" && contentType is not null && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            var msgtype = MsgType().Match(contentType);
            if (!msgtype.Success || msgtype.Groups[1].Value != type)
            {
                problems.Add($"{where}: Content-Type '{contentType}' does not say msgtype={type}");
            }

            var httpHeadEnd = IndexOf(block, "\r\n\r\n"u8, 0);
            if (httpHeadEnd < 0)
            {
                problems.Add($"{where}: the HTTP {type} in the block has no end of headers");
            }
            else
            {
                var httpHead = Encoding.Latin1.GetString(block, 0, httpHeadEnd);
                var first = httpHead.Split("\r\n")[0];
                if (type == "response" ? !StatusLine().IsMatch(first) : !RequestLine().IsMatch(first))
                {
                    problems.Add($"{where}: bad HTTP {type} line '{first}'");
                }

                var payload = block.AsSpan(httpHeadEnd + 4).ToArray();
                if (type == "response" && Get("WARC-Payload-Digest") is { } payloadDigest && !DigestMatches(payloadDigest, payload))
                {
                    problems.Add($"{where}: WARC-Payload-Digest {payloadDigest} does not match the HTTP payload");
                }

                var declared = HttpContentLength().Match(httpHead);
                if (type == "response" && declared.Success && long.Parse(declared.Groups[1].Value, CultureInfo.InvariantCulture) != payload.Length)
                {
                    problems.Add($"{where}: the archived HTTP Content-Length {declared.Groups[1].Value} is not the payload's {payload.Length} bytes");
                }
            }
        }

        if (type == "revisit")
        {
            foreach (var needed in new[] { "WARC-Profile", "WARC-Payload-Digest" })
            {
                if (Get(needed) is null)
                {
                    problems.Add($"{where}: a revisit without {needed}");
                }
            }
        }

        if (type == "warcinfo" && contentType != "application/warc-fields")
        {
            problems.Add($"{where}: a warcinfo whose Content-Type is '{contentType}', not application/warc-fields");
        }

        return type is null || id is null ? null : new Record(file, offset, type, id, fields, block);
    }

    private static void CrossCheck(List<Record> records, List<string> problems)
    {
        var byId = new Dictionary<string, Record>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byId.TryAdd(record.Id, record))
            {
                problems.Add($"{record.File}@{record.Offset}: WARC-Record-ID {record.Id} is not unique (also {byId[record.Id].File}@{byId[record.Id].Offset})");
            }
        }

        foreach (var record in records)
        {
            var where = $"{record.File}@{record.Offset}";
            if (record.Field("WARC-Warcinfo-ID") is { } info && (!byId.TryGetValue(info, out var infoRecord) || infoRecord.Type != "warcinfo"))
            {
                problems.Add($"{where}: WARC-Warcinfo-ID {info} names no warcinfo record");
            }

            var concurrent = record.Fields.TryGetValue("WARC-Concurrent-To", out var ids) ? ids : [];
            foreach (var other in concurrent)
            {
                if (!byId.TryGetValue(other, out var pair))
                {
                    problems.Add($"{where}: WARC-Concurrent-To {other} names no record");
                }
                else if (pair.Field("WARC-Target-URI") != record.Field("WARC-Target-URI"))
                {
                    problems.Add($"{where}: concurrent with a record of another target ({pair.Field("WARC-Target-URI")})");
                }
            }

            if (record.Type == "request")
            {
                var paired = concurrent.Any(c => byId.TryGetValue(c, out var r) && r.Type is "response" or "revisit")
                    || records.Any(r => r.Type is "response" && r.Fields.TryGetValue("WARC-Concurrent-To", out var back) && back.Contains(record.Id));
                if (!paired)
                {
                    problems.Add($"{where}: a request not tied to a response by WARC-Concurrent-To");
                }
            }
        }
    }

    private static bool DigestMatches(string digest, byte[] data)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !digest[..colon].Equals("sha1", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return digest[(colon + 1)..] == Base32(SHA1.HashData(data));
    }

    /// <summary>RFC 4648 base32, upper case, padded (a SHA-1 needs no padding: 160 bits is 32 characters).</summary>
    public static string Base32(byte[] data)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var sb = new StringBuilder();
        for (var bit = 0; bit < data.Length * 8; bit += 5)
        {
            var value = 0;
            for (var k = 0; k < 5; k++)
            {
                var b = bit + k;
                value = (value << 1) | (b < data.Length * 8 ? (data[b / 8] >> (7 - (b % 8))) & 1 : 0);
            }

            sb.Append(Alphabet[value]);
        }

        while (sb.Length % 8 != 0)
        {
            sb.Append('=');
        }

        return sb.ToString();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> needle, int from)
    {
        var found = data.AsSpan(from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }

    [GeneratedRegex(@"^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):(.*)$")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"^<[a-zA-Z][a-zA-Z0-9+.\-]*:[^<>\s]+>$")]
    private static partial Regex RecordId();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$")]
    private static partial Regex WarcDate();

    [GeneratedRegex(@"msgtype=(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex MsgType();

    [GeneratedRegex(@"^HTTP/\d(\.\d)? \d{3}( .*)?$")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^[A-Z]+ \S+ HTTP/\d(\.\d)?$")]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"(?im)^Content-Length:\s*(\d+)\s*$")]
    private static partial Regex HttpContentLength();
}
