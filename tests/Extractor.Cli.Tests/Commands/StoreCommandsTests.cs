using System.Text.Json;
using Extractor.Output;
using Extractor.Testing;
using Microsoft.Data.Sqlite;

namespace Extractor.Cli.Tests.Commands;

/// <summary><c>extractor index</c>, <c>extractor query</c> and <c>extract --db</c> over temporary stores (issue 8).</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "extractor-cli-store", Guid.NewGuid().ToString("N"));

    public StoreCommandsTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Combine(_folder, "facts.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Index_is_idempotent_and_query_finds_a_name_typed_in_capitals_without_diacritics()
    {
        var jsonl = WriteRecords();

        var first = await CliRunner.RunAsync("index", jsonl, "--db", Db);
        var second = await CliRunner.RunAsync("index", jsonl, "--db", Db);
        var query = await CliRunner.RunAsync("query", "people", "VO", "VAN", "KHAI", "--db", Db, "--format", "json");

        first.Code.Should().Be(0);
        first.Stderr.Should().Contain("2 added");
        second.Stderr.Should().Contain("0 added, 0 updated, 2 unchanged");
        using var json = JsonDocument.Parse(query.Stdout);
        var person = json.RootElement.EnumerateArray().Single();
        person.GetProperty("name").GetString().Should().Be("Võ Văn Khải");
        person.GetProperty("titles").EnumerateArray().Select(t => t.GetString()).Should().Equal("Phó Bí thư Huyện ủy", "Bí thư Huyện ủy");
        person.GetProperty("article_count").GetInt32().Should().Be(2);
    }

    [Theory]
    [InlineData("table", "Võ Văn Khải")]
    [InlineData("csv", "id,name,titles,province,first_seen,last_seen,articles\r\n")]
    public async Task Query_writes_a_table_for_terminals_and_csv_for_pipes(string format, string expected)
    {
        await CliRunner.RunAsync("index", WriteRecords(), "--db", Db);

        var (code, stdout, _) = await CliRunner.RunAsync("query", "people", "vo van khai", "--db", Db, "--format", format, "--from", "2019-01-01", "--to", "2030-12-31");

        code.Should().Be(0);
        stdout.Should().Contain(expected);
    }

    [Theory]
    [InlineData("query", "people", "x", "--db", "/no/such/facts.db")]
    [InlineData("query", "figures", "x", "--db", "{db}", "--from", "5/3/2024")]
    [InlineData("query", "people", "x", "--db", "{db}", "--format", "xml")]
    [InlineData("index", "/no/such/records.jsonl", "--db", "{db}")]
    [InlineData("serve", "--db", "/no/such/facts.db")]
    [InlineData("index", "{jsonl}", "--db", "/no/such/folder/facts.db")]
    [InlineData("extract", "{jsonl}", "--db", "/no/such/folder/facts.db")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var jsonl = WriteRecords();
        await CliRunner.RunAsync("index", jsonl, "--db", Db);

        var (code, _, _) = await CliRunner.RunAsync(args.Select(a => a.Replace("{db}", Db, StringComparison.Ordinal).Replace("{jsonl}", jsonl, StringComparison.Ordinal)).ToArray());

        code.Should().Be(2);
    }

    [Fact]
    public async Task A_line_that_is_not_a_record_is_reported_and_the_rest_is_indexed()
    {
        var jsonl = WriteRecords();
        File.AppendAllText(jsonl, "{not json\n");

        var (code, _, stderr) = await CliRunner.RunAsync("index", jsonl, "--db", Db);

        code.Should().Be(1);
        stderr.Should().Contain("records.jsonl:3").And.Contain("2 added").And.Contain("1 failed");
    }

    [Fact]
    public async Task Extract_with_db_stores_every_article_it_writes()
    {
        var sample = Path.Combine(RepositoryPaths.Corpus, "sample");

        var (_, stdout, _) = await CliRunner.RunAsync("extract", sample, "--db", Db, "-j", "1");

        var written = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var (_, articles, _) = await CliRunner.RunAsync("query", "articles", "--db", Db, "--format", "csv");
        articles.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(written + 1);
        written.Should().BePositive();
    }

    private string WriteRecords()
    {
        var path = Path.Combine(_folder, "records.jsonl");
        ArticleRecord Article(string source, string text, string published, string title) => new()
        {
            SourceFile = source,
            Title = text.Split('\n')[0],
            Text = text,
            Published = published,
            Province = "Tân Lập",
            Officials = [new OfficialRecord { Name = "Võ Văn Khải", Titles = [title], Mentions = [new SpanRecord(text.IndexOf("Võ", StringComparison.Ordinal), text.IndexOf("Võ", StringComparison.Ordinal) + 11)] }],
        };

        File.WriteAllLines(path,
        [
            JsonLines.Serialize(Article("a.txt", "Tin một\nĐồng chí Võ Văn Khải, Phó Bí thư Huyện ủy, phát biểu.", "2020-05-06", "Phó Bí thư Huyện ủy")),
            JsonLines.Serialize(Article("b.txt", "Tin hai\nĐồng chí Võ Văn Khải, Bí thư Huyện ủy, chủ trì.", "2023-02-01T08:00:00+07:00", "Bí thư Huyện ủy")),
        ]);
        return path;
    }
}
