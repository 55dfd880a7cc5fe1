namespace Extractor.Web.Tests.Browser;

/// <summary>A test that needs Debian's chromium and chromedriver; skipped, with the reason, when they are not installed.</summary>
/// <remarks>CI installs them with <c>.ci/install-browser</c> (called by <c>.ci/run</c>), so there the test runs.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) || !File.Exists(Driver))
        {
            Skip = $"needs {Chromium} and {Driver}: run .ci/install-browser (apt-get install chromium chromium-driver)";
        }
    }
}
