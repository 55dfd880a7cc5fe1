using Extractor.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Extractor.Web.Tests.Browser;

/// <summary>End to end in a real headless chromium: the served site, on a loopback port, driven through Selenium.</summary>
public sealed class SearchInBrowserTests : IDisposable
{
    private readonly SiteData _data = new();
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "extractor-chromium-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _data.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium may still hold a lock file for a moment; the folder is temporary.
        }
    }

    [BrowserFact]
    public async Task Typing_a_name_without_diacritics_reaches_the_persons_page()
    {
        await using var app = WebHost.Build(_data.DbPath, "http://127.0.0.1:0");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var driver = StartChromium();
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(20));

        await driver.Navigate().GoToUrlAsync(address + "/");
        driver.FindElement(By.Id("q")).SendKeys("TRAN QUOC HUNG");
        driver.FindElement(By.Id("search-button")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#people a.person")).Count > 0);
        driver.FindElement(By.CssSelector("#people a.person")).Click();
        var heading = wait.Until(d => d.FindElements(By.Id("person-name")).FirstOrDefault());

        heading!.Text.Should().Be("Trần Quốc Hưng");
        driver.FindElement(By.Id("timeline")).Text.Should().Contain("Bí thư Tỉnh ủy").And.Contain("2023-12-20");
        await app.StopAsync();
    }

    private ChromeDriver StartChromium()
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={_profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.Driver)!, Path.GetFileName(BrowserFactAttribute.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
