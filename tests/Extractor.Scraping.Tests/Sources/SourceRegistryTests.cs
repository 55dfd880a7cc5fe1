using Extractor.Scraping.Sources;
using Extractor.Testing;

namespace Extractor.Scraping.Tests.Sources;

public sealed class SourceRegistryTests
{
    private static SourceRegistry Registry => SourceRegistry.LoadFolders(Path.Combine(RepositoryPaths.Corpus, "sources"));

    [Fact]
    public void Reads_every_registry_file_without_error_and_with_unique_names()
    {
        var registry = Registry;

        registry.Errors.Should().BeEmpty();
        registry.Sites.Should().NotBeEmpty();
        registry.Sites.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        registry.Sites.Should().OnlyContain(s => s.Kind == "newspaper" || s.Kind == "party-portal" || s.Kind == "bloc-committee");
    }

    [Theory]
    [InlineData("https://baophutho.vn/some-article-123.html", "Phú Thọ")]
    [InlineData("https://www.baophutho.vn/x", "Phú Thọ")]
    [InlineData("http://m.baothainguyen.vn/x", "Thái Nguyên")]
    [InlineData("https://danguykhoi.phutho.gov.vn/x", "Phú Thọ")]
    [InlineData("https://example.com/x", null)]
    [InlineData(null, null)]
    public void Finds_the_province_of_a_registered_host(string? url, string? province)
    {
        Registry.ForUrl(url)?.Province.Should().Be(province);
        if (province is null)
        {
            Registry.ForUrl(url).Should().BeNull();
        }
    }

    [Theory]
    [InlineData("Phú Thọ")]
    [InlineData("phu tho")]
    [InlineData("tỉnh Phú Thọ")]
    public void Finds_the_sites_of_a_province_however_it_is_typed(string province)
    {
        Registry.ForProvince(province).Select(s => s.Name).Should().Contain(["baophutho", "danguykhoi-phutho"]);
    }

    [Fact]
    public void Resolves_a_source_name_into_start_addresses_hosts_and_province()
    {
        var targets = CrawlTargets.Resolve([], ["baothainguyen"], null, Registry);

        targets.StartUrls.Should().Contain("https://baothainguyen.vn/");
        targets.ExtraHosts.Should().Contain("m.baothainguyen.vn");
        targets.Province.Should().Be("Thái Nguyên");
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"province\":\"P\"}")]
    [InlineData("{\"name\":\"\",\"province\":\"P\",\"startUrls\":[\"https://a.vn/\"]}")]
    [InlineData("{\"name\":\"x\",\"province\":\"P\",\"startUrls\":[\"file:///etc\"]}")]
    public void Refuses_an_entry_without_name_province_or_http_start(string json)
    {
        var parse = () => SourceRegistry.Parse(json);

        parse.Should().Throw<InvalidDataException>();
    }
}
