namespace Extractor.Scraping.Warc;

/// <summary>A read-only view of a seekable stream from a position on, handed out in small chunks so the end of a gzip member can be found afterwards.</summary>
/// <remarks>
/// .NET's DeflateStream does not tell how much input it consumed; it stops reading when the deflate data ends, so the
/// end lies within the last chunks handed out, where the member's trailer (ISIZE) pins it down exactly.
/// </remarks>
internal sealed class ChunkFeedStream(Stream inner, long start, int chunkSize = 8 * 1024) : Stream
{
    private long _position = start;
    private long _lastChunkStart = start;

    /// <summary>Where the chunk before the last one began (the search window's start).</summary>
    public long PreviousChunkStart { get; private set; } = start;

    /// <summary>The position after the last byte handed out.</summary>
    public long LastChunkEnd { get; private set; } = start;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        inner.Position = _position;
        var n = inner.Read(buffer[..Math.Min(buffer.Length, chunkSize)]);
        if (n > 0)
        {
            PreviousChunkStart = _lastChunkStart;
            _lastChunkStart = _position;
            _position += n;
            LastChunkEnd = _position;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
