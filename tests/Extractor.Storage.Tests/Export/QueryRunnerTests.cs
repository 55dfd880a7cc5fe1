using System.Text.Json;
using Extractor.Storage.Export;
using Extractor.Storage.Queries;

namespace Extractor.Storage.Tests.Export;

public sealed class QueryRunnerTests : IDisposable
{
    private readonly TempStore _temp = new();

    public QueryRunnerTests()
    {
        using var store = _temp.Open();
        store.IndexAll(
        [
            Some.Article("a.txt", "Tin một\nĐồng chí Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh, dự lễ; tỉnh có 12,5% hộ nghèo.", "2021-04-02")
                .With("Nguyễn Thị Lan", "Phó Chủ tịch UBND tỉnh")
                .WithFigure("12,5%", 12.5m, "%", "percent"),
            Some.Article("b.txt", "Tin hai\nĐồng chí Nguyễn Thị Lan, Chủ tịch UBND tỉnh, phát biểu.", "2024-08-09")
                .With("Nguyễn Thị Lan", "Chủ tịch UBND tỉnh"),
        ]);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(ExportFormat.Table)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    public void Finds_people_typed_in_capitals_without_diacritics_in_every_format(ExportFormat format)
    {
        using var output = new StringWriter();

        var count = QueryRunner.Run(new QueryRequest { Subject = QuerySubject.People, Text = "NGUYEN THI LAN", DatabasePath = _temp.DbPath, Format = format }, output);

        count.Should().Be(1);
        output.ToString().Should().Contain("Nguyễn Thị Lan").And.Contain("Phó Chủ tịch UBND tỉnh").And.Contain("2021-04-02").And.Contain("2024-08-09");
    }

    [Fact]
    public void Writes_people_as_json_with_titles_first_and_last_seen_and_article_count()
    {
        using var output = new StringWriter();

        QueryRunner.Run(new QueryRequest { Subject = QuerySubject.People, Text = "nguyen thi lan", DatabasePath = _temp.DbPath, Format = ExportFormat.Json }, output);

        using var json = JsonDocument.Parse(output.ToString());
        var person = json.RootElement.EnumerateArray().Single();
        person.GetProperty("titles").EnumerateArray().Select(t => t.GetString()).Should().Equal("Phó Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh");
        person.GetProperty("first_seen").GetString().Should().Be("2021-04-02");
        person.GetProperty("last_seen").GetString().Should().Be("2024-08-09");
        person.GetProperty("article_count").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Keeps_only_figures_of_articles_in_the_date_range()
    {
        using var inRange = new StringWriter();
        using var outOfRange = new StringWriter();

        QueryRunner.Run(new QueryRequest { Subject = QuerySubject.Figures, Text = "ho ngheo", DatabasePath = _temp.DbPath, Format = ExportFormat.Csv, Range = new DateRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)) }, inRange);
        QueryRunner.Run(new QueryRequest { Subject = QuerySubject.Figures, Text = "ho ngheo", DatabasePath = _temp.DbPath, Format = ExportFormat.Csv, Range = new DateRange(new DateOnly(2022, 1, 1), null) }, outOfRange);

        inRange.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2).And.Contain(l => l.Contains("12.5,", StringComparison.Ordinal));
        outOfRange.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }
}
