using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Extractor.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Jobs.Tests.Hostile;

/// <summary>
/// Issue 7's "done when", as an outside evaluator runs it: the built <c>extractor crawl</c> against a site it has never
/// seen on 127.0.0.1, <c>--delay 200</c>, killed with SIGKILL mid-crawl and started again with the same command, then
/// <c>extractor extract DIR</c>. Everything is measured from the server's side.
/// </summary>
public sealed class CrawlEndToEndTests
{
    private const int Articles = 14;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private static string ArticlePath(int i) => $"/thoi-su/dai-hoi-chi-bo-thon-{i}/{8000 + i}";

    [Fact]
    public async Task A_crawl_killed_mid_way_and_rerun_archives_every_allowed_article_once_politely_into_valid_WARC_that_extract_reads()
    {
        var requests = new ConcurrentQueue<(DateTimeOffset Time, string Path)>();
        var busyOnce = 0;
        await using var app = await StartSiteAsync(async context =>
        {
            var path = context.Request.Path.Value + context.Request.QueryString.Value;
            requests.Enqueue((DateTimeOffset.UtcNow, path));
            switch (path)
            {
                case "/robots.txt":
                    await Write(context, "text/plain", "User-agent: *\nDisallow: /noi-bo/\nDisallow: /*?in=1$\n");
                    return;
                case "/":
                    await Page(context, "<ul class='menu'><li><a href='/thoi-su'>Thời sự</a></li><li><a href='/noi-bo/tai-lieu-mat-9001'>Nội bộ</a></li></ul>");
                    return;
                case "/thoi-su" or "/thoi-su?p=2" or "/thoi-su?p=3":
                    var page = path.EndsWith("=2", StringComparison.Ordinal) ? 2 : path.EndsWith("=3", StringComparison.Ordinal) ? 3 : 1;
                    var items = Enumerable.Range(1, Articles).Where(i => (i - 1) / 5 + 1 == page)
                        .Select(i => $"<li><a href='{ArticlePath(i)}'>Đại hội chi bộ thôn {i}</a> <a href='{ArticlePath(i)}?in=1'>in</a></li>");
                    await Page(context, $"<ul class='tin'>{string.Concat(items)}</ul><a href='/noi-bo/ds-{page}'>ds</a>"
                        + (page < 3 ? $"<a href='/thoi-su?p={page + 1}'>Trang sau</a>" : ""));
                    return;
            }

            if (path.StartsWith("/thoi-su/dai-hoi-chi-bo-thon-", StringComparison.Ordinal) && !path.Contains('?', StringComparison.Ordinal))
            {
                if (path == ArticlePath(7) && Interlocked.Increment(ref busyOnce) == 1)
                {
                    context.Response.StatusCode = 503;
                    context.Response.Headers.RetryAfter = "2";
                    return;
                }

                var i = int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture) - 8000;
                await Page(context, $"<article><h1>Đại hội Chi bộ thôn {i} nhiệm kỳ 2025-2027</h1><p class='date'>Thứ Hai, 02/06/2025</p>"
                    + $"<p>Sáng 2-6, Chi bộ thôn {i} tổ chức Đại hội nhiệm kỳ 2025-2027. Đồng chí Hoàng Văn Thụ, Bí thư Đảng ủy xã dự và chỉ đạo đại hội.</p>"
                    + $"<p>Nhiệm kỳ qua, chi bộ kết nạp {10 + i} đảng viên mới, 100% đảng viên hoàn thành nhiệm vụ; đại hội bầu Chi ủy gồm 3 đồng chí.</p></article>");
                return;
            }

            context.Response.StatusCode = 404;
        });
        var site = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using var folder = new TempFolder();
        var dir = folder.File("crawl");
        string[] crawl = ["crawl", site + "/", "--out", dir, "--delay", "200", "--timeout", "5", "--contact", "kiem-thu@example.vn"];

        // First run: SIGKILL once a few articles are in (counted at the server), then the same command again.
        using (var first = CliProcess.Start(folder.Path, crawl))
        {
            var watch = Stopwatch.StartNew();
            while (!first.HasExited && requests.Count(r => r.Path.StartsWith("/thoi-su/", StringComparison.Ordinal)) < 5 && watch.Elapsed < Limit)
            {
                await Task.Delay(20);
            }

            first.HasExited.Should().BeFalse("the kill must land mid-crawl");
            CliProcess.KillHard(first);
        }

        var beforeRestart = requests.Count;
        (await CliProcess.RunAsync(folder.Path, Limit, crawl)).Should().Be(0);

        var log = requests.ToList();
        log.Should().NotContain(r => r.Path.StartsWith("/noi-bo/", StringComparison.Ordinal) || r.Path.EndsWith("?in=1", StringComparison.Ordinal), "robots.txt forbids them");
        var times = log.Select(r => r.Time).Order().ToList();
        times.Zip(times.Skip(1), (a, b) => b - a).Min().Should().BeGreaterThanOrEqualTo(Delay - TimeSpan.FromMilliseconds(5), "--delay 200, measured at the server, across the kill");
        var busy = log.Where(r => r.Path == ArticlePath(7)).Select(r => r.Time).ToList();
        busy.Should().HaveCountGreaterThanOrEqualTo(2);
        (busy[1] - busy[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1990), "Retry-After: 2");
        var refetched = Enumerable.Range(1, Articles).Where(i => i != 7).Count(i => log.Count(r => r.Path == ArticlePath(i)) > 1);
        refetched.Should().BeLessThanOrEqualTo(1, "only a request in flight at the kill may be asked again");
        requests.Count.Should().BeGreaterThan(beforeRestart);

        var warcs = Directory.GetFiles(Path.Combine(dir, "warc"), "*.warc.gz");
        WarcValidator.Validate(warcs, out var records).Should().BeEmpty();
        var archived = records.Where(r => r.Type == "response" && r.Field("X-Crawl-Page-Kind") == "article").Select(r => new Uri(r.Field("WARC-Target-URI")!).AbsolutePath).ToList();
        archived.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Enumerable.Range(1, Articles).Select(ArticlePath));
        records.Where(r => r.Type == "request").Should().OnlyContain(r => Encoding.Latin1.GetString(r.Block).Contains("contact: kiem-thu@example.vn", StringComparison.Ordinal));

        // extract DIR turns the archive into one record per article.
        var output = folder.File("articles.jsonl");
        (await CliProcess.RunAsync(folder.Path, Limit, "extract", dir, "-o", output)).Should().BeOneOf(0, 1);
        var extracted = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        extracted.Select(r => new Uri(r.GetProperty("url").GetString()!).AbsolutePath).Should().BeEquivalentTo(Enumerable.Range(1, Articles).Select(ArticlePath));
        extracted.Should().OnlyContain(r => r.GetProperty("text").GetString()!.Contains("Đại hội", StringComparison.Ordinal));
    }

    private static async Task<WebApplication> StartSiteAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        return app;
    }

    private static Task Page(HttpContext context, string body) =>
        Write(context, "text/html; charset=utf-8", $"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Cổng tin xã</title></head><body>{body}</body></html>");

    private static Task Write(HttpContext context, string type, string text)
    {
        context.Response.ContentType = type;
        return context.Response.WriteAsync(text);
    }
}
