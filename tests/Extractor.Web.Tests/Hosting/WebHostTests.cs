using System.Net;
using System.Text.Json;

namespace Extractor.Web.Tests.Hosting;

public sealed class WebHostTests(StoreSiteFactory site) : IClassFixture<StoreSiteFactory>
{
    [Theory]
    [InlineData("tran quoc hung")]
    [InlineData("TRAN QUOC HUNG")]
    [InlineData("Trần Quốc Hưng")]
    [InlineData("TRẦN QUỐC HƯNG")]
    public async Task Api_search_finds_a_person_typed_in_any_case_with_or_without_diacritics(string typed)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(typed)}", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var people = json.RootElement.GetProperty("people");
        people.GetArrayLength().Should().Be(1);
        people[0].GetProperty("id").GetInt64().Should().BePositive();
        people[0].GetProperty("name").GetString().Should().Be("Trần Quốc Hưng");
        people[0].GetProperty("titles").EnumerateArray().Select(t => t.GetString()).Should().Equal("Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy");
        foreach (var group in new[] { "figures", "events", "articles" })
        {
            json.RootElement.GetProperty(group).ValueKind.Should().Be(JsonValueKind.Array);
        }
    }

    [Fact]
    public async Task Search_page_groups_results_and_links_the_person_page()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/?q=ket+nap", UriKind.Relative));

        html.Should().Contain("<section id=\"people\">").And.Contain("<section id=\"figures\">").And.Contain("<section id=\"events\">").And.Contain("<section id=\"articles\">");
        html.Should().Contain("hơn 1.600 đảng viên");
        var person = await client.GetStringAsync(new Uri("/?q=tran+quoc+hung", UriKind.Relative));
        person.Should().MatchRegex("<a class=\"person\" href=\"/people/\\d+\">Trần Quốc Hưng</a>");
    }

    [Fact]
    public async Task Person_page_shows_the_timeline_of_offices_and_the_dated_articles()
    {
        using var client = site.CreateClient();
        var id = await PersonId(client, "tran quoc hung");

        var html = await client.GetStringAsync(new Uri($"/people/{id}", UriKind.Relative));

        html.Should().Contain("<h1 id=\"person-name\">Trần Quốc Hưng</h1>");
        html.IndexOf("Phó Bí thư Tỉnh ủy</td><td>2022-07-02", StringComparison.Ordinal).Should().BePositive()
            .And.BeLessThan(html.IndexOf("Bí thư Tỉnh ủy</td><td>2023-12-20", StringComparison.Ordinal));
        html.Should().Contain("Kết nạp đảng viên năm 2022").And.Contain("Kết nạp đảng viên năm 2023");
    }

    [Fact]
    public async Task Article_page_highlights_evidence_and_shows_markup_in_the_text_as_text()
    {
        using var client = site.CreateClient();
        var article = await ArticleId(client, "bai co ma la");

        var html = await client.GetStringAsync(new Uri($"/articles/{article}", UriKind.Relative));

        html.Should().NotContain(SiteData.Hostile);
        html.Should().Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
        html.Should().MatchRegex("<a href=\"/people/\\d+\"><mark class=\"ev-official\" title=\"official: Lê Thị Mai\">Lê Thị Mai</mark></a>");
        html.Should().Contain("<mark class=\"ev-event\" title=\"event: Hội nghị tổng kết năm 2023\">Hội nghị tổng kết năm 2023</mark>");
    }

    [Fact]
    public async Task Figures_csv_export_parses_and_keeps_the_filters()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/figures.csv?q=ket+nap&unit=dang+vien", UriKind.Relative));
        var rows = CsvReader.Parse(await response.Content.ReadAsStringAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        rows[0].Should().StartWith(["id", "date", "province", "value"]);
        rows.Skip(1).Select(r => r[3]).Should().Equal("1250", "1600");
        rows.Skip(1).Select(r => r[1]).Should().Equal("2022-07-02", "2023-12-20");
    }

    [Fact]
    public async Task Figures_view_draws_a_chart_over_time_and_offers_the_csv_with_the_same_filters()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/figures?unit=%C4%91%E1%BA%A3ng+vi%C3%AAn", UriKind.Relative));

        html.Should().Contain("<svg").And.Contain("<polyline").And.Contain("Tân Lập");
        html.Should().Contain("href=\"/api/figures.csv?unit=");
        html.Should().NotContain(">81,01%</a>", "the percent is not a count of đảng viên");
    }

    [Theory]
    [InlineData("POST", "/api/search?q=x")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/people/1")]
    public async Task Refuses_every_method_that_could_write(string method, string path)
    {
        using var client = site.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("x") });

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("/people/999999")]
    [InlineData("/articles/999999")]
    [InlineData("/people/not-a-number")]
    public async Task Answers_not_found_for_what_the_store_does_not_hold(string path)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sends_a_content_security_policy_that_allows_no_script()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.NotContain("script-src");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Theory]
    [InlineData("'; DROP TABLE people; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("NEAR(tran hung)")]
    public async Task Treats_hostile_search_text_as_words(string typed)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(typed)}", UriKind.Relative));
        var after = await client.GetStringAsync(new Uri("/api/search?q=tran+quoc+hung", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Should().Contain("Trần Quốc Hưng");
    }

    [Fact]
    public async Task Cuts_a_very_long_search_text_instead_of_failing()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/?q=" + new string('a', 3000), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(new string('a', 201));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=tran+quoc+hung")]
    [InlineData("/figures")]
    [InlineData("/api/search?q=tran")]
    [InlineData("/api/figures.csv")]
    public async Task Answers_HEAD_like_GET_for_every_page(string path)
    {
        using var client = site.CreateClient();

        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentType!.MediaType.Should().Be(get.Content.Headers.ContentType!.MediaType);
        head.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
    }

    [Fact]
    public async Task Refuses_a_request_body_over_the_limit_unread_even_on_GET()
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/search?q=tran", UriKind.Relative)) { Content = new ByteArrayContent(new byte[64 * 1024]) };

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Refuses_an_address_over_the_length_limit()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/?q=" + new string('a', 5000), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task Never_fetches_an_address_found_in_a_search_or_an_article()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = site.CreateClient();

        foreach (var path in new[] { $"/?q=http://127.0.0.1:{port}/x", $"/api/search?q=http%3A%2F%2F127.0.0.1%3A{port}%2F", $"/figures?q=http://127.0.0.1:{port}/&province=http://127.0.0.1:{port}/" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        listener.Pending().Should().BeFalse("the server side never connects anywhere");
    }

    private static async Task<long> PersonId(HttpClient client, string name)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/search?q={Uri.EscapeDataString(name)}", UriKind.Relative)));
        return json.RootElement.GetProperty("people")[0].GetProperty("id").GetInt64();
    }

    private static async Task<long> ArticleId(HttpClient client, string words)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/search?q={Uri.EscapeDataString(words)}", UriKind.Relative)));
        return json.RootElement.GetProperty("articles")[0].GetProperty("id").GetInt64();
    }
}
