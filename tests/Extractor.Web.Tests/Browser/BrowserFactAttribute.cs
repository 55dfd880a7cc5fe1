namespace Extractor.Web.Tests.Browser;

/// <summary>A test that needs Debian's chromium and chromedriver; skipped, with the reason, when they are not installed — except where the browser is required.</summary>
/// <remarks>
/// CI installs them with <c>.ci/install-browser</c> (called by <c>.ci/run</c>) and sets <see cref="RequireVariable"/>, so
/// there a missing browser fails the test instead of skipping it quietly: a green CI means the browser test ran.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    /// <summary>Set to 1 (by <c>.ci/run</c>) to make a missing browser a failure rather than a skip.</summary>
    public const string RequireVariable = "EXTRACTOR_REQUIRE_BROWSER";

    public BrowserFactAttribute()
    {
        if ((!File.Exists(Chromium) || !File.Exists(Driver)) && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = $"needs {Chromium} and {Driver}: run .ci/install-browser (apt-get install chromium chromium-driver)";
        }
    }
}
