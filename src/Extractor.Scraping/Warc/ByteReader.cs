using System.Text;

namespace Extractor.Scraping.Warc;

/// <summary>Reads lines and blocks of bytes from a stream, counting what it consumes (the offset of the next byte).</summary>
internal sealed class ByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>The next byte without consuming it, or -1 at the end.</summary>
    public int Peek() => Fill() ? _buffer[_start] : -1;

    /// <summary>A line without its CR LF (bytes read as UTF-8), or null at the end of the stream.</summary>
    /// <exception cref="WarcFormatException">The line is longer than <paramref name="maxBytes"/>.</exception>
    public string? ReadLine(int maxBytes = 64 * 1024)
    {
        if (!Fill())
        {
            return null;
        }

        var line = new List<byte>(128);
        while (Fill())
        {
            var b = _buffer[_start++];
            Position++;
            if (b == (byte)'\n')
            {
                break;
            }

            line.Add(b);
            if (line.Count > maxBytes)
            {
                throw new WarcFormatException($"header line longer than {maxBytes} bytes");
            }
        }

        if (line.Count > 0 && line[^1] == (byte)'\r')
        {
            line.RemoveAt(line.Count - 1);
        }

        return Encoding.UTF8.GetString([.. line]);
    }

    /// <summary>Fills the destination, or less of it when the stream ends first; returns how many bytes were read.</summary>
    public int Read(Span<byte> destination)
    {
        var done = 0;
        while (done < destination.Length && Fill())
        {
            var n = Math.Min(destination.Length - done, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(destination[done..]);
            _start += n;
            done += n;
            Position += n;
        }

        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        long done = 0;
        while (done < count && Fill())
        {
            var n = (int)Math.Min(count - done, _end - _start);
            _start += n;
            done += n;
            Position += n;
        }

        return done;
    }

    private bool Fill()
    {
        if (_start < _end)
        {
            return true;
        }

        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
