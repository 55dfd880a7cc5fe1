using System.Net;
using System.Text;
using Extractor.Scraping.Crawling;
using Extractor.Scraping.Fetching;
using Extractor.Scraping.Tests.Fixtures;
using Microsoft.AspNetCore.Http;

namespace Extractor.Scraping.Tests.Crawling;

/// <summary>Issue 10: servers that attack the crawler (endless, dripping, bloated, steering it inward) end in a refusal or a failure, never a hang, a crash or a request it should not make.</summary>
public sealed class HostileServerTests
{
    private static CrawlOptions Options(string start, CrawlFolder folder) => new()
    {
        StartUrls = [start],
        OutputFolder = folder.Path,
        Delay = TimeSpan.FromMilliseconds(5),
        MaxRetries = 0,
        ProgressInterval = TimeSpan.FromMilliseconds(100),
        Fetcher = new FetcherOptions { Timeout = TimeSpan.FromSeconds(1.5), MaxBodyBytes = 256 * 1024, MaxDecodedBytes = 1024 * 1024 },
    };

    private static Task Home(HttpContext context, params string[] links) =>
        MiniSite.Html(context, "<h1>Trang chủ</h1>" + string.Concat(links.Select(l => $"<a href='{l}'>{l}</a> ")));

    [Fact]
    public async Task Gives_up_endless_chunked_dripping_and_header_bloated_answers_within_the_limits()
    {
        await using var site = await MiniSite.StartAsync(async context =>
        {
            var response = context.Response;
            switch (context.Request.Path.Value)
            {
                case "/":
                    await Home(context, "/tin/vo-tan-5001.html", "/tin/nho-giot-5002.html", "/tin/dau-khong-lo-5003.html", "/tin/binh-thuong-5004.html");
                    return;
                case "/tin/vo-tan-5001.html":
                    // Chunked and never ending.
                    response.ContentType = "text/html";
                    var chunk = Encoding.ASCII.GetBytes("<p>" + new string('x', 8000) + "</p>");
                    while (!context.RequestAborted.IsCancellationRequested)
                    {
                        await response.Body.WriteAsync(chunk, context.RequestAborted);
                    }

                    return;
                case "/tin/nho-giot-5002.html":
                    // One byte every 100 ms: each read succeeds, the whole never ends in time.
                    response.ContentType = "text/html";
                    for (var i = 0; i < 600 && !context.RequestAborted.IsCancellationRequested; i++)
                    {
                        await response.Body.WriteAsync("x"u8.ToArray(), context.RequestAborted);
                        await response.Body.FlushAsync(context.RequestAborted);
                        await Task.Delay(100, context.RequestAborted);
                    }

                    return;
                case "/tin/dau-khong-lo-5003.html":
                    for (var i = 0; i < 40; i++)
                    {
                        response.Headers[$"X-Padding-{i}"] = new string('h', 4000);
                    }

                    await MiniSite.Html(context, "<p>headers</p>");
                    return;
                default:
                    await MiniSite.Html(context, "<article><h1>Bài thường</h1><p>Sáng 2-7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý II năm 2025 tại hội trường tỉnh.</p></article>");
                    return;
            }
        });
        using var folder = new CrawlFolder();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var summary = await new Crawler(Options(site.Url("/"), folder)).RunAsync();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        summary.Failed.Should().Be(3);
        folder.ArchivedArticlePaths().Should().Equal("/tin/binh-thuong-5004.html");
        Extractor.Testing.WarcValidator.Validate(folder.WarcFiles()).Should().BeEmpty();
    }

    [Fact]
    public async Task Reads_only_the_head_of_a_gigantic_robots_txt_and_still_obeys_it()
    {
        await using var site = await MiniSite.StartAsync(async context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/robots.txt":
                    context.Response.ContentType = "text/plain";
                    await context.Response.WriteAsync("User-agent: *\nDisallow: /noi-bo/\n");
                    var filler = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("# chú thích vô tận\n", 4000)));
                    for (var i = 0; i < 400 && !context.RequestAborted.IsCancellationRequested; i++)
                    {
                        await context.Response.Body.WriteAsync(filler, context.RequestAborted);
                    }

                    return;
                case "/":
                    await Home(context, "/noi-bo/bai-mat-6001.html", "/tin/bai-cong-khai-6002.html");
                    return;
                default:
                    await MiniSite.Html(context, "<article><h1>Bài</h1><p>Sáng 2-7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý II năm 2025 tại hội trường tỉnh.</p></article>");
                    return;
            }
        });
        using var folder = new CrawlFolder();

        var summary = await new Crawler(Options(site.Url("/"), folder)).RunAsync();

        site.Paths.Should().NotContain(p => p.StartsWith("/noi-bo/", StringComparison.Ordinal), "the rule at the top of an oversized robots.txt still holds");
        summary.Disallowed.Should().Be(1);
        folder.ArchivedArticlePaths().Should().Equal("/tin/bai-cong-khai-6002.html");
    }

    [Fact]
    public async Task A_public_site_cannot_redirect_the_crawler_to_a_private_or_loopback_address_or_a_file()
    {
        string? baseUrl = null;
        await using var site = await MiniSite.StartAsync(async context =>
        {
            var port = new Uri(baseUrl!).Port;
            switch (context.Request.Path.Value)
            {
                case "/":
                    await Home(context, "/di/localhost", "/di/lan", "/di/ipv6", "/di/tep", "/tin/bai-7001.html");
                    return;
                case "/di/localhost":
                    context.Response.Redirect($"http://localhost:{port}/bi-mat/localhost");
                    return;
                case "/di/lan":
                    context.Response.Redirect("http://10.20.30.40/bi-mat/lan");
                    return;
                case "/di/ipv6":
                    context.Response.Redirect($"http://[::1]:{port}/bi-mat/ipv6");
                    return;
                case "/di/tep":
                    context.Response.Redirect("file:///etc/passwd");
                    return;
                default:
                    await MiniSite.Html(context, "<article><h1>Bài</h1><p>Sáng 2-7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý II năm 2025 tại hội trường tỉnh.</p></article>");
                    return;
            }
        });
        baseUrl = site.BaseUrl;
        using var folder = new CrawlFolder();
        var refusals = new List<string>();
        var options = Options(site.Url("/"), folder) with
        {
            // Play a public site: 127.0.0.1 counts as public here, every other private address stays private (the real guard).
            IsPrivateHost = (host, token) => host == "127.0.0.1" ? Task.FromResult(false) : Extractor.Scraping.Urls.AddressGuard.IsPrivateHostAsync(host, token),
            ExtraHosts = ["localhost", "10.20.30.40", "[::1]"],
        };
        var crawler = new Crawler(options);
        crawler.Event += e =>
        {
            if (e.Kind == "redirect" && e.Detail is { } detail && detail.Contains("refused", StringComparison.Ordinal))
            {
                lock (refusals)
                {
                    refusals.Add(e.Url);
                }
            }
        };

        await crawler.RunAsync();

        site.Paths.Should().NotContain(p => p.StartsWith("/bi-mat/", StringComparison.Ordinal));
        refusals.Select(u => new Uri(u).AbsolutePath).Should().BeEquivalentTo(["/di/localhost", "/di/lan", "/di/ipv6", "/di/tep"]);
        folder.ArchivedArticlePaths().Should().Equal("/tin/bai-7001.html");
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("[::1]", true)]
    [InlineData("[fd00::1]", true)]
    [InlineData("113.160.1.1", false)]
    public async Task Tells_private_addresses_from_public_ones(string host, bool isPrivate)
    {
        (await Extractor.Scraping.Urls.AddressGuard.IsPrivateHostAsync(host)).Should().Be(isPrivate);
        IPAddress.TryParse(host.Trim('[', ']'), out _).Should().Be(host != "localhost");
    }
}
