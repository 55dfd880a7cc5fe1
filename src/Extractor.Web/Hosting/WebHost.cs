using Extractor.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Web.Hosting;

/// <summary>The read-only web page over a facts store: search, people, articles with evidence, figures with CSV and a chart, a JSON API.</summary>
/// <remarks>Only GET and HEAD are served; every page opens the store read-only; nothing is fetched from the network.</remarks>
public static class WebHost
{
    /// <summary>Builds the app for <c>extractor serve</c>, listening on <see cref="WebOptions.Urls"/> (127.0.0.1 by default).</summary>
    /// <exception cref="FileNotFoundException">No store at the path.</exception>
    public static WebApplication Build(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using (FactStore.OpenReadOnly(options.DatabasePath))
        {
            // Fail at start, with the store's message, rather than on the first request.
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The same limits the guard enforces, applied by the server before a byte reaches the app.
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = options.MaxUrlLength + 64;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        AddServices(builder.Services, options);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static WebApplication Build(string databasePath, string? urls = null) =>
        Build(new WebOptions { DatabasePath = databasePath, Urls = urls ?? WebOptions.DefaultUrls });

    /// <summary>Registers the store (one read-only connection per request) and the options.</summary>
    public static void AddServices(IServiceCollection services, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddScoped(_ => FactStore.OpenReadOnly(options.DatabasePath));
        services.AddRouting();
    }

    /// <summary>Adds the read-only guard, security headers and every endpoint.</summary>
    public static void Configure(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(ReadOnlyGuard);
        app.UseRouting();
        app.UseEndpoints(Endpoints.Map);
    }

    private static Task ReadOnlyGuard(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        // Size limits here as well as in Kestrel, so they hold behind any server (a proxy, the test host).
        var limits = context.RequestServices.GetService<WebOptions>();
        if (limits is not null)
        {
            var request = context.Request;
            if (request.ContentLength > limits.MaxRequestBodyBytes
                || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                return Task.CompletedTask;
            }

            if ((request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) > limits.MaxUrlLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return Task.CompletedTask;
            }
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        return next(context);
    }
}
