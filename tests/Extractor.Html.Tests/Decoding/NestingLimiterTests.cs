using Extractor.Html.Decoding;

namespace Extractor.Html.Tests.Decoding;

public class NestingLimiterTests
{
    [Fact]
    public void Leaves_an_ordinary_page_unchanged()
    {
        const string html = "<html><body><div><p>a<br>b</p><script>if (a < b) { x = '</div>'; }</script></div></body></html>";

        NestingLimiter.Limit(html, out var changed).Should().BeSameAs(html);
        changed.Should().BeFalse();
    }

    [Fact]
    public void Drops_the_tags_nested_beyond_the_limit_and_keeps_the_text()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 10_000));

        var limited = NestingLimiter.Limit(html, out var changed);

        changed.Should().BeTrue();
        limited.Should().Contain("deep text");
        (limited.Length - limited.Replace("<div>", "", StringComparison.Ordinal).Length).Should().Be(NestingLimiter.MaxDepth * 5);
    }
}
