namespace Extractor.Scraping.Fetching;

/// <summary>Fetches one address with one HTTP request (no redirects followed, no retries), so the crawler can pace, retry and archive every request itself.</summary>
/// <remarks>Implementations never throw for network trouble: the result says what failed. Tests inject fakes.</remarks>
public interface IFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
