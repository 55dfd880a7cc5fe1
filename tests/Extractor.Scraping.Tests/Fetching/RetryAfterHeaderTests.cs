using Extractor.Scraping.Fetching;

namespace Extractor.Scraping.Tests.Fetching;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 21, 7, 28, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("120", 120)]
    [InlineData("0", 0)]
    [InlineData("1.5", 1.5)]
    [InlineData("Tue, 21 Oct 2025 07:28:30 GMT", 30)]
    [InlineData("Tue, 21 Oct 2025 07:00:00 GMT", 0)]
    public void Reads_seconds_and_HTTP_dates(string value, double seconds)
    {
        RetryAfterHeader.Parse(value, Now).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    public void Gives_nothing_for_a_missing_or_unreadable_header(string? value)
    {
        RetryAfterHeader.Parse(value, Now).Should().BeNull();
    }
}
