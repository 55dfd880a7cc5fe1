namespace Extractor.Scraping.Warc;

/// <summary>Passes reads through, counting the bytes, and refuses to give more than a limit (a guard against gzip bombs).</summary>
internal sealed class CountingStream(Stream inner, long limit = long.MaxValue) : Stream
{
    public long Count { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Count += n;
        if (Count > limit)
        {
            throw new InvalidDataException($"decompressed data exceeds the limit of {limit:N0} bytes");
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
