using System.Text.Json;
using Extractor.Html.Evaluation;

namespace Extractor.Html.Tests.Evaluation;

public sealed class PageExpectationTests
{
    [Fact]
    public void Reads_the_snake_case_keys_of_an_expectation()
    {
        var expectation = PageExpectation.Parse("""{ "title": "T", "next_page": "https://tinh.vn/?page=2", "authors": ["A"] }""");

        expectation.Title.Should().Be("T");
        expectation.NextPage.Should().Be("https://tinh.vn/?page=2");
        expectation.Authors.Should().Equal("A");
    }

    [Theory]
    [InlineData("""{ "title": "T", "nextPage": "https://tinh.vn/?page=2" }""")]
    [InlineData("""{ "title": "T", "caption": ["C"] }""")]
    public void Rejects_a_key_it_does_not_know_instead_of_leaving_its_check_unmade(string json)
    {
        var parse = () => PageExpectation.Parse(json);

        parse.Should().Throw<JsonException>();
    }
}
