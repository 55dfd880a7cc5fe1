using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Scraping.Tests.Fixtures;

/// <summary>A small provincial news site served by Kestrel on 127.0.0.1 (dynamic port), with injected faults and a log of every request.</summary>
/// <remarks>
/// Home → a category listing with three pages → articles; a sitemap and an RSS feed add articles no listing links to;
/// robots.txt forbids /rieng-tu/. Fault pages: slow, 503 and 429 with Retry-After, a timeout, always-500, redirect loop,
/// redirect to file://, broken gzip, oversized body, gzip bomb, a PDF, a duplicate of an article under another address.
/// </remarks>
internal sealed class TestSite : IAsyncDisposable
{
    public const int ListingArticles = 9;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    private TestSite(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public ConcurrentQueue<SiteRequest> Requests { get; } = new();

    /// <summary>How long the timeout page hangs on its first request.</summary>
    public TimeSpan HangFor { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Serve an extra article linked from the last listing page (a later crawl finds it).</summary>
    public bool PublishLateArticle { get; set; }

    /// <summary>Every article a polite crawler may archive (path → expected), faults that end in success included.</summary>
    public static IReadOnlyList<string> AllowedArticles { get; } =
    [
        .. Enumerable.Range(1, ListingArticles).Select(ArticlePath),
        "/tin/bai-chi-co-trong-so-do-trang-3001.html",
        "/tin/bai-chi-co-trong-nguon-tin-3002.html",
        "/tin/bai-tra-loi-cham-2001.html",
        "/tin/bai-qua-tai-tam-thoi-2002.html",
        "/tin/bai-gioi-han-toc-do-2003.html",
        "/tin/bai-lan-dau-het-gio-2005.html",
        "/tin/bai-sau-chuyen-huong-2008.html",
    ];

    public static string ArticlePath(int i) => $"/tin/hoi-nghi-ban-chap-hanh-dang-bo-lan-thu-{i}-{1000 + i}.html";

    public static async Task<TestSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AllowSynchronousIO = true);
        var app = builder.Build();
        var site = new TestSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site.BaseUrl = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return site;
    }

    public string Url(string path) => BaseUrl + path;

    public int HitsOf(string path) => _hits.GetValueOrDefault(path);

    /// <summary>Makes a page's content (and validators) change.</summary>
    public void Change(string path)
    {
        lock (_changed)
        {
            _changed.Add(path);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var full = path + context.Request.QueryString.Value;
        var hit = _hits.AddOrUpdate(full, 1, (_, n) => n + 1);
        Requests.Enqueue(new SiteRequest(DateTimeOffset.UtcNow, full, context.Request.Headers.UserAgent.ToString(),
            context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString()));
        var response = context.Response;
        switch (full)
        {
            case "/robots.txt":
                await Text(context, "text/plain", $"User-agent: *\nDisallow: /rieng-tu/\nDisallow: /*.pdf$\n\nUser-agent: BadBot\nDisallow: /\n\nSitemap: {BaseUrl}/sitemap.xml\n");
                return;
            case "/":
                await Page(context, "<h1>Báo Tỉnh Thử</h1><nav><a href='/chuyen-muc/xay-dung-dang'>Xây dựng Đảng</a> <a href='/rieng-tu/bai-noi-bo-9001.html'>Nội bộ</a>"
                    + "<a href='/lien-he'>Liên hệ</a><a href='mailto:toasoan@example.vn'>Thư</a><a href='/static/logo.png'>logo</a></nav>"
                    + "<link rel='alternate' type='application/rss+xml' href='/rss/tin-moi.rss'>");
                return;
            case "/lien-he":
                await Page(context, "<h1>Liên hệ</h1><div>Tòa soạn</div>");
                return;
            case "/chuyen-muc/xay-dung-dang" or "/chuyen-muc/xay-dung-dang?page=2" or "/chuyen-muc/xay-dung-dang?page=3":
                await Listing(context, full.EndsWith("=2", StringComparison.Ordinal) ? 2 : full.EndsWith("=3", StringComparison.Ordinal) ? 3 : 1);
                return;
            case "/sitemap.xml":
                await Text(context, "application/xml",
                    $"<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>{BaseUrl}/sitemap-tin.xml</loc></sitemap></sitemapindex>");
                return;
            case "/sitemap-tin.xml":
                await Text(context, "application/xml",
                    "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
                    + $"<url><loc>{BaseUrl}/tin/bai-chi-co-trong-so-do-trang-3001.html</loc><news:news><news:publication_date>2025-06-02T08:00:00+07:00</news:publication_date></news:news></url>"
                    + $"<url><loc>{BaseUrl}{ArticlePath(1)}?utm_source=sitemap</loc><lastmod>2025-06-01</lastmod></url></urlset>");
                return;
            case "/rss/tin-moi.rss":
                await Text(context, "application/rss+xml",
                    $"<?xml version='1.0'?><rss version='2.0'><channel><title>Tin mới</title><link>{BaseUrl}/</link>"
                    + $"<item><title>Bài</title><link>{BaseUrl}/tin/bai-chi-co-trong-nguon-tin-3002.html</link><pubDate>Mon, 02 Jun 2025 08:00:00 +0700</pubDate></item></channel></rss>");
                return;
            case "/tin/bai-tra-loi-cham-2001.html":
                await Task.Delay(300);
                await Article(context, 2001);
                return;
            case "/tin/bai-qua-tai-tam-thoi-2002.html" when hit <= 2:
                response.StatusCode = 503;
                response.Headers.RetryAfter = "1";
                await response.WriteAsync("busy");
                return;
            case "/tin/bai-gioi-han-toc-do-2003.html" when hit == 1:
                response.StatusCode = 429;
                response.Headers.RetryAfter = "1";
                return;
            case "/tin/bai-loi-may-chu-2004.html":
                response.StatusCode = 500;
                await response.WriteAsync("error");
                return;
            case "/tin/bai-lan-dau-het-gio-2005.html" when hit == 1:
                try
                {
                    await Task.Delay(HangFor, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            case "/chuyen-huong/vong-a":
                response.Redirect("/chuyen-huong/vong-b");
                return;
            case "/chuyen-huong/vong-b":
                response.Redirect("/chuyen-huong/vong-a");
                return;
            case "/chuyen-huong/den-tep":
                response.Redirect("file:///etc/passwd");
                return;
            case "/chuyen-huong/bai-cu-2008":
                response.StatusCode = 301;
                response.Headers.Location = "/tin/bai-sau-chuyen-huong-2008.html";
                return;
            case "/tin/bai-gzip-hong-2009.html":
                response.ContentType = "text/html; charset=utf-8";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3 });
                return;
            case "/tin/bai-qua-lon-2010.html":
                response.ContentType = "text/html; charset=utf-8";
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes("<html><body>" + new string('x', 3 * 1024 * 1024) + "</body></html>"));
                return;
            case "/tin/bai-bom-gzip-2011.html":
                response.ContentType = "text/html; charset=utf-8";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(Bomb());
                return;
            case "/tai-lieu/nghi-quyet":
                response.ContentType = "application/pdf";
                await response.Body.WriteAsync(Encoding.ASCII.GetBytes("%PDF-1.4 not really"));
                return;
            case "/tin/ban-sao-cua-bai-mot-2012.html":
                await Article(context, 1001);
                return;
            case "/tin/bai-dang-muon-4001.html" when PublishLateArticle:
                await Article(context, 4001);
                return;
        }

        if (path.StartsWith("/tin/", StringComparison.Ordinal) && TryArticleId(path) is { } id && id is > 1000 and <= 1000 + ListingArticles or 2002 or 2003 or 2005 or 2008 or 3001 or 3002)
        {
            await Article(context, id);
            return;
        }

        response.StatusCode = 404;
        await response.WriteAsync("not found");
    }

    private static int? TryArticleId(string path)
    {
        var dash = path.LastIndexOf('-');
        var dot = path.LastIndexOf('.');
        return dash > 0 && dot > dash && int.TryParse(path[(dash + 1)..dot], out var id) ? id : null;
    }

    private async Task Listing(HttpContext context, int page)
    {
        var sb = new StringBuilder("<h1>Xây dựng Đảng</h1><div class='list'>");
        var perPage = 3;
        for (var i = (page - 1) * perPage + 1; i <= Math.Min(page * perPage, ListingArticles); i++)
        {
            sb.Append($"<div class='item'><h3><a href='{ArticlePath(i)}#binh-luan'>Hội nghị lần thứ {i}</a></h3><p>Tóm tắt bài viết số {i} về công tác xây dựng Đảng ở cơ sở trong tỉnh.</p></div>");
        }

        if (page == 1)
        {
            sb.Append("<a href='/tin/bai-tra-loi-cham-2001.html'>chậm</a><a href='/tin/bai-qua-tai-tam-thoi-2002.html'>503</a><a href='/tin/bai-gioi-han-toc-do-2003.html'>429</a>")
              .Append("<a href='/tin/bai-loi-may-chu-2004.html'>500</a><a href='/tin/bai-lan-dau-het-gio-2005.html'>hết giờ</a><a href='/chuyen-huong/vong-a'>vòng</a>")
              .Append("<a href='/chuyen-huong/den-tep'>tệp</a><a href='/chuyen-huong/bai-cu-2008'>cũ</a><a href='/tin/bai-gzip-hong-2009.html'>gzip</a>")
              .Append("<a href='/tin/bai-qua-lon-2010.html'>lớn</a><a href='/tin/bai-bom-gzip-2011.html'>bom</a><a href='/tai-lieu/nghi-quyet'>pdf</a>")
              .Append("<a href='/tai-lieu/bao-cao.pdf'>pdf2</a><a href='/tin/ban-sao-cua-bai-mot-2012.html'>bản sao</a><a href='/rieng-tu/bai-an-9002.html'>ẩn</a>");
        }

        if (page == 3 && PublishLateArticle)
        {
            sb.Append("<div class='item'><h3><a href='/tin/bai-dang-muon-4001.html'>Bài mới</a></h3></div>");
        }

        sb.Append("</div><div class='pagination'>");
        for (var p = 1; p <= 3; p++)
        {
            sb.Append(p == 1 ? "<a href='/chuyen-muc/xay-dung-dang'>1</a>" : $"<a href='/chuyen-muc/xay-dung-dang?page={p}'>{p}</a>");
        }

        sb.Append("</div>");
        await Page(context, sb.ToString(), "listing-" + page + (page == 3 && PublishLateArticle ? "-late" : ""));
    }

    private async Task Article(HttpContext context, int id)
    {
        var path = context.Request.Path.Value ?? "";
        bool changed;
        lock (_changed)
        {
            changed = _changed.Contains(path);
        }

        var body = $"<article><h1>Hội nghị Ban Chấp hành Đảng bộ lần thứ {id}</h1><div class='content'>"
            + $"<p>Sáng 2-7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị số {id}.</p>"
            + "<p>Toàn Đảng bộ kết nạp 126 đảng viên mới, đạt 81,01% kế hoạch năm; các chi bộ cơ sở đều hoàn thành nhiệm vụ được giao.</p>"
            + (changed ? "<p>Cập nhật: bổ sung danh sách đảng viên mới.</p>" : "")
            + "</div></article>";
        await Page(context, body, $"article-{id}-{changed}");
    }

    private static async Task Page(HttpContext context, string body, string? version = null)
    {
        var etag = $"\"{(uint)(version ?? body).GetHashCode(StringComparison.Ordinal):x8}\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        await Text(context, "text/html; charset=utf-8", $"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Báo Tỉnh Thử</title></head><body>{body}</body></html>");
    }

    private static async Task Text(HttpContext context, string type, string text)
    {
        context.Response.ContentType = type;
        await context.Response.WriteAsync(text);
    }

    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                gzip.Write(zeros);
            }
        }

        return buffer.ToArray();
    }
}
