using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Extractor.Scraping.Fetching;

/// <summary>Fetches pages over HTTP(S) with HttpClient: one connection per host, no automatic redirects or decompression, limits on time and size.</summary>
/// <remarks>
/// Thread-safe. Redirects come back as 3xx results for the crawler to follow (it checks each hop against robots.txt,
/// its scope and its loop detection). Bodies are read raw so the archive keeps them as sent, then decoded here under a
/// size guard. Only HTML, XML (sitemaps, feeds) and plain text (robots.txt) bodies are downloaded.
/// </remarks>
public sealed class HttpFetcher : IFetcher, IDisposable
{
    private readonly HttpClient _client;
    private readonly FetcherOptions _options;
    private readonly TimeProvider _time;

    public HttpFetcher(FetcherOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new FetcherOptions();
        _time = time ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 1,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(15, _options.Timeout.TotalSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxResponseHeadersLength = 64,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url) { Version = HttpVersion.Version11 };
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5");
        message.Headers.TryAddWithoutValidation("Accept-Language", "vi,en;q=0.5");
        message.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate");
        if (request.ETag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (request.LastModified is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }

        var requestBlock = RequestBlock(message);
        var result = new FetchResult { Url = request.Url, RequestBlock = requestBlock, Date = _time.GetUtcNow() };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        HttpResponseMessage? response = null;
        try
        {
            response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var headers = Headers(response);
            result = result with
            {
                Status = (int)response.StatusCode,
                Headers = headers,
                ResponseHead = ResponseHead(response, headers),
                Date = _time.GetUtcNow(),
            };

            var media = ContentTypes.MediaType(response.Content.Headers.ContentType?.ToString());
            if (response.StatusCode == HttpStatusCode.NotModified || (int)response.StatusCode is >= 300 and < 400)
            {
                return result;
            }

            if (!Wanted(media))
            {
                return result with { Failure = FetchFailure.UnwantedType, Error = $"not read: content type {media}" };
            }

            if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxBodyBytes)
            {
                return result with { Failure = FetchFailure.TooLarge, Error = $"body of {declared:N0} bytes is over the limit of {_options.MaxBodyBytes:N0}" };
            }

            var (raw, complete) = await ReadLimitedAsync(response.Content, timeout.Token).ConfigureAwait(false);
            if (!complete)
            {
                // The head of an oversized body is kept (never archived): robots.txt is read from its first part, as search engines do.
                var head = string.IsNullOrWhiteSpace(result.Header("Content-Encoding")) ? raw : [];
                return result with { Body = head, Failure = FetchFailure.TooLarge, Error = $"body is over the limit of {_options.MaxBodyBytes:N0} bytes" };
            }

            result = result with { RawBody = raw, Body = raw, Date = _time.GetUtcNow() };
            var coding = result.Header("Content-Encoding");
            if (!string.IsNullOrWhiteSpace(coding) && !coding.Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                var (body, error) = ContentDecoder.Decode(raw, coding, _options.MaxDecodedBytes);
                if (error is not null)
                {
                    var tooLarge = error.Contains("exceeds the limit", StringComparison.Ordinal);
                    return result with { Body = [], Failure = tooLarge ? FetchFailure.TooLarge : FetchFailure.BadEncoding, Error = error };
                }

                result = result with { Body = body! };
            }

            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return result with { Failure = FetchFailure.Timeout, Error = $"no complete answer within {_options.Timeout.TotalSeconds:0.#} s" };
        }
        catch (HttpRequestException ex)
        {
            return result with { Failure = FetchFailure.Network, Error = ex.Message };
        }
        catch (IOException ex)
        {
            return result with { Failure = FetchFailure.Network, Error = ex.Message };
        }
        catch (SocketException ex)
        {
            return result with { Failure = FetchFailure.Network, Error = ex.Message };
        }
        finally
        {
            response?.Dispose();
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>HTML, XML (sitemaps, feeds) and plain text (robots.txt, text sitemaps); a missing type is sniffed later.</summary>
    private static bool Wanted(string? media) =>
        media is null || ContentTypes.IsHtml(media) || ContentTypes.IsXml(media) || media is "text/plain" or "application/x-gzip" or "application/gzip";

    /// <summary>Reads the body up to the limit; past it, stops reading (an endless stream ends here) and returns what it had, marked incomplete.</summary>
    private async Task<(byte[] Body, bool Complete)> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > _options.MaxBodyBytes)
            {
                buffer.Write(chunk, 0, (int)(_options.MaxBodyBytes - buffer.Length));
                return (buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, n);
        }

        return (buffer.ToArray(), true);
    }

    private static List<KeyValuePair<string, string>> Headers(HttpResponseMessage response)
    {
        var list = new List<KeyValuePair<string, string>>();
        void Add(HttpHeaders headers)
        {
            foreach (var (name, values) in headers.NonValidated)
            {
                if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var value in values)
                {
                    list.Add(new(name, value));
                }
            }
        }

        Add(response.Headers);
        Add(response.Content.Headers);
        return list;
    }

    private static byte[] ResponseHead(HttpResponseMessage response, List<KeyValuePair<string, string>> headers)
    {
        var sb = new StringBuilder();
        sb.Append("HTTP/").Append(response.Version.Major).Append('.').Append(response.Version.Minor).Append(' ')
            .Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase ?? "").Append("\r\n");
        foreach (var (name, value) in headers)
        {
            sb.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        sb.Append("\r\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static byte[] RequestBlock(HttpRequestMessage message)
    {
        var uri = message.RequestUri!;
        var sb = new StringBuilder();
        sb.Append("GET ").Append(uri.PathAndQuery).Append(" HTTP/1.1\r\n");
        sb.Append("Host: ").Append(uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}").Append("\r\n");
        foreach (var (name, values) in message.Headers.NonValidated)
        {
            foreach (var value in values)
            {
                sb.Append(name).Append(": ").Append(value).Append("\r\n");
            }
        }

        sb.Append("\r\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }
}
