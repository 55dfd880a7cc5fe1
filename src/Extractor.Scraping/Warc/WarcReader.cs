using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Extractor.Scraping.Warc;

/// <summary>Reads the records of a WARC file, plain (.warc) or gzipped per record (.warc.gz, multi-member, as Common Crawl writes them), lazily.</summary>
/// <remarks>
/// Records come one at a time, so an archive of any size is walked in bounded memory; each carries its offset (of its
/// gzip member in a .warc.gz). A broken record or gzip member ends the walk with <see cref="WarcFormatException"/>
/// after the records before it have been yielded.
/// </remarks>
public static class WarcReader
{
    /// <summary>Blocks longer than this are cut (and marked <see cref="WarcRecord.Truncated"/>) rather than read into memory.</summary>
    public const int DefaultMaxBlockBytes = 32 * 1024 * 1024;

    /// <summary>Reads a .warc or .warc.gz file (the format is told by the first bytes, not the name).</summary>
    public static IEnumerable<WarcRecord> ReadFile(string path, int maxBlockBytes = DefaultMaxBlockBytes, long startOffset = 0)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        foreach (var record in Read(file, maxBlockBytes, startOffset))
        {
            yield return record;
        }
    }

    /// <summary>Reads the records of a seekable stream from <paramref name="startOffset"/> (a record or member boundary).</summary>
    public static IEnumerable<WarcRecord> Read(Stream seekable, int maxBlockBytes = DefaultMaxBlockBytes, long startOffset = 0)
    {
        if (!seekable.CanSeek)
        {
            throw new ArgumentException("the WARC stream must be seekable", nameof(seekable));
        }

        return ReadCore(seekable, maxBlockBytes, startOffset);
    }

    private static IEnumerable<WarcRecord> ReadCore(Stream file, int maxBlockBytes, long position)
    {
        var length = file.Length;
        Span<byte> magic = stackalloc byte[2];
        file.Position = position;
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        if (!isGzip)
        {
            file.Position = position;
            var reader = new ByteReader(file);
            while (true)
            {
                var before = position + reader.Position;
                WarcRecord? record;
                try
                {
                    record = ReadRecord(reader, maxBlockBytes, position);
                }
                catch (WarcFormatException ex) when (ex.Offset < 0)
                {
                    throw new WarcFormatException(ex.Message, before, ex);
                }

                if (record is null)
                {
                    yield break;
                }

                yield return record;
            }
        }

        while (position < length)
        {
            var memberStart = position;
            long dataStart;
            try
            {
                dataStart = GzipHeaderEnd(file, memberStart);
            }
            catch (WarcFormatException ex)
            {
                throw new WarcFormatException(ex.Message, memberStart, ex);
            }

            var feed = new ChunkFeedStream(file, dataStart);
            var inflated = new CountingStream(new DeflateStream(feed, CompressionMode.Decompress, leaveOpen: true));
            var reader = new ByteReader(inflated);
            var first = true;
            while (true)
            {
                WarcRecord? record;
                try
                {
                    record = ReadRecord(reader, maxBlockBytes, memberStart);
                }
                catch (InvalidDataException ex)
                {
                    throw new WarcFormatException($"broken gzip member at offset {memberStart}: {ex.Message}", memberStart, ex);
                }
                catch (WarcFormatException ex) when (ex.Offset < 0)
                {
                    throw new WarcFormatException(ex.Message, memberStart, ex);
                }

                if (record is null)
                {
                    break;
                }

                // Several records in one member (a whole-file gzip) share the member's offset.
                yield return first ? record : record with { Offset = memberStart };
                first = false;
            }

            position = MemberEnd(file, feed, dataStart, (uint)inflated.Count, memberStart);
            if (position < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads one record, or null at the end of the stream.</summary>
    internal static WarcRecord? ReadRecord(ByteReader reader, int maxBlockBytes, long baseOffset)
    {
        // Tolerate stray blank lines between records.
        while (reader.Peek() is '\r' or '\n')
        {
            reader.Skip(1);
        }

        var offset = baseOffset + reader.Position;
        var version = reader.ReadLine();
        if (version is null)
        {
            return null;
        }

        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new WarcFormatException($"no WARC version line at offset {offset} (found '{Clip(version)}')");
        }

        var fields = new List<KeyValuePair<string, string>>();
        while (true)
        {
            var line = reader.ReadLine() ?? throw new WarcFormatException($"record at offset {offset} ends inside its header");
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t' && fields.Count > 0)
            {
                fields[^1] = new(fields[^1].Key, fields[^1].Value + " " + line.Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new WarcFormatException($"bad header line in the record at offset {offset}: '{Clip(line)}'");
            }

            fields.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        var lengthField = fields.FirstOrDefault(f => string.Equals(f.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
        if (!long.TryParse(lengthField, out var contentLength) || contentLength < 0)
        {
            throw new WarcFormatException($"record at offset {offset} has no valid Content-Length");
        }

        var keep = (int)Math.Min(contentLength, maxBlockBytes);
        var block = new byte[keep];
        if (reader.Read(block) < keep || reader.Skip(contentLength - keep) < contentLength - keep)
        {
            throw new WarcFormatException($"record at offset {offset} is truncated (Content-Length {contentLength})");
        }

        // The record ends with CR LF CR LF; be lenient about it.
        for (var i = 0; i < 4 && reader.Peek() is '\r' or '\n'; i++)
        {
            reader.Skip(1);
        }

        return new WarcRecord { Version = version, Fields = fields, Block = block, Offset = offset, Truncated = keep < contentLength };
    }

    /// <summary>Parses a gzip member header (RFC 1952) and returns where its deflate data starts.</summary>
    private static long GzipHeaderEnd(Stream file, long start)
    {
        file.Position = start;
        Span<byte> head = stackalloc byte[10];
        if (file.Read(head) < 10 || head[0] != 0x1f || head[1] != 0x8b || head[2] != 8)
        {
            throw new WarcFormatException($"no gzip member at offset {start}");
        }

        var flags = head[3];
        if ((flags & 0x04) != 0)
        {
            Span<byte> xlen = stackalloc byte[2];
            _ = file.Read(xlen);
            file.Position += BinaryPrimitives.ReadUInt16LittleEndian(xlen);
        }

        if ((flags & 0x08) != 0)
        {
            SkipZeroTerminated(file);
        }

        if ((flags & 0x10) != 0)
        {
            SkipZeroTerminated(file);
        }

        if ((flags & 0x02) != 0)
        {
            file.Position += 2;
        }

        return file.Position;
    }

    private static void SkipZeroTerminated(Stream file)
    {
        int b;
        while ((b = file.ReadByte()) > 0)
        {
        }
    }

    /// <summary>
    /// Finds where a member ends: 8 bytes (CRC32, ISIZE) after the deflate data, whose end lies in the last chunks fed,
    /// at the first place where ISIZE equals the inflated length and the file ends or another member begins.
    /// Returns -1 when trailing bytes after the last member are not gzip (they are ignored).
    /// </summary>
    private static long MemberEnd(Stream file, ChunkFeedStream feed, long dataStart, uint inflatedLength, long memberStart)
    {
        var length = file.Length;
        var from = Math.Max(dataStart + 8, feed.PreviousChunkStart + 1);
        var to = Math.Min(length, feed.LastChunkEnd + 8);
        var window = new byte[(int)(to - from) + 8 + 2];
        file.Position = from - 8;
        var got = ReadFully(file, window);
        long fallback = -1;
        for (var end = from; end <= to; end++)
        {
            var i = (int)(end - from) + 8;
            if (i > got)
            {
                break;
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(window.AsSpan(i - 4, 4)) != inflatedLength)
            {
                continue;
            }

            if (end == length || (i + 1 < got && window[i] == 0x1f && window[i + 1] == 0x8b))
            {
                return end;
            }

            if (fallback < 0)
            {
                fallback = end;
            }
        }

        if (fallback >= 0)
        {
            return -1;
        }

        throw new WarcFormatException($"gzip member at offset {memberStart} is truncated or corrupt", memberStart);
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var done = 0;
        int n;
        while (done < buffer.Length && (n = stream.Read(buffer[done..])) > 0)
        {
            done += n;
        }

        return done;
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
