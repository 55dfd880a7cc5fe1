using Extractor.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Extractor.Web.Tests;

/// <summary>The web app over <see cref="SiteData"/> in a test server, through WebApplicationFactory.</summary>
/// <remarks>Extractor.Web is a library (the CLI hosts it), so the factory is given the host to build instead of an entry point.</remarks>
public sealed class StoreSiteFactory : WebApplicationFactory<StoreSiteFactory>
{
    private readonly SiteData _data = new();

    public StoreSiteFactory()
    {
        // The factory looks for a solution folder as content root unless told; the tests run from their own output folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_EXTRACTOR_WEB_TESTS", AppContext.BaseDirectory);
    }

    public SiteData Data => _data;

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHost(web => web
                .UseContentRoot(_data.Folder)
                .ConfigureServices(services => WebHost.AddServices(services, new WebOptions { DatabasePath = _data.DbPath }))
                .Configure(WebHost.Configure));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
