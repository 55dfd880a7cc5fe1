using Extractor.Scraping.Urls;

namespace Extractor.Scraping.Tests.Urls;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTP://BaoPhuTho.VN/tin/a.html#comments", null, "http://baophutho.vn/tin/a.html")]
    [InlineData("https://baophutho.vn:443/tin/a.html?utm_source=fb&id=5&fbclid=x", null, "https://baophutho.vn/tin/a.html?id=5")]
    [InlineData("https://baophutho.vn/tin/a.html?zarsrc=30&utm_medium=zalo", null, "https://baophutho.vn/tin/a.html")]
    [InlineData("https://baophutho.vn", null, "https://baophutho.vn/")]
    [InlineData("../b.html", "https://baophutho.vn/tin/x/a.html", "https://baophutho.vn/tin/b.html")]
    [InlineData("//cdn.example.vn/a.html", "https://baophutho.vn/", "https://cdn.example.vn/a.html")]
    public void Puts_addresses_in_one_form(string url, string? baseUri, string expected)
    {
        UrlCanonicalizer.Normalize(url, baseUri is null ? null : new Uri(baseUri)).Should().Be(expected);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:toasoan@example.vn")]
    [InlineData("ftp://example.vn/a")]
    [InlineData("")]
    public void Refuses_everything_but_http_and_https(string url)
    {
        UrlCanonicalizer.Normalize(url, new Uri("https://baophutho.vn/")).Should().BeNull();
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("10.2.3.4", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("[::1]", true)]
    [InlineData("113.160.144.194", false)]
    [InlineData("8.8.8.8", false)]
    public async Task Tells_private_and_loopback_hosts_from_public_ones(string host, bool isPrivate)
    {
        (await AddressGuard.IsPrivateHostAsync(host)).Should().Be(isPrivate);
    }
}
