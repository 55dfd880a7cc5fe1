namespace Extractor.Scraping.Fetching;

/// <summary>Why a fetch gave no usable body, when it did not.</summary>
public enum FetchFailure
{
    None,

    /// <summary>No answer within the time limit (or the body trickled in too slowly).</summary>
    Timeout,

    /// <summary>Connection refused, reset, DNS failure, TLS failure.</summary>
    Network,

    /// <summary>The body (or its decoded form) is larger than the limit.</summary>
    TooLarge,

    /// <summary>The response is not a type the crawler reads (images, PDF …); its body was not downloaded.</summary>
    UnwantedType,

    /// <summary>The body's content coding could not be undone (broken gzip).</summary>
    BadEncoding,
}
