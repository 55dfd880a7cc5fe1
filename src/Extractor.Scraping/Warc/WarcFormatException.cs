namespace Extractor.Scraping.Warc;

/// <summary>The bytes are not a WARC record where one was expected (bad version line, missing Content-Length, broken gzip).</summary>
public sealed class WarcFormatException : Exception
{
    public WarcFormatException()
    {
    }

    public WarcFormatException(string message)
        : base(message)
    {
    }

    public WarcFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public WarcFormatException(string message, long offset, Exception? inner = null)
        : base(message, inner)
    {
        Offset = offset;
    }

    /// <summary>Where the broken record or gzip member starts in the file (-1 when unknown); everything before it is sound.</summary>
    public long Offset { get; } = -1;
}
