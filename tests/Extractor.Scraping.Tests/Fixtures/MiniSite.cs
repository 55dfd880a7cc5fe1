using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Scraping.Tests.Fixtures;

/// <summary>A throwaway Kestrel site on 127.0.0.1 answering with the given handler and logging every path asked, for tests that need one odd server.</summary>
internal sealed class MiniSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MiniSite(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public ConcurrentQueue<string> Paths { get; } = new();

    public static async Task<MiniSite> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new MiniSite(app);
        app.Run(context =>
        {
            site.Paths.Enqueue(context.Request.Path.Value + context.Request.QueryString.Value);
            return handler(context);
        });
        await app.StartAsync();
        site.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return site;
    }

    public string Url(string path) => BaseUrl + path;

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _app.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // A handler still dripping bytes to a client that left: the test is over.
        }

        await _app.DisposeAsync();
    }

    public static Task Html(HttpContext context, string body)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Cổng thông tin</title></head><body>{body}</body></html>");
    }
}
