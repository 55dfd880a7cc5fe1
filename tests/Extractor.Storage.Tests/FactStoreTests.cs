using Extractor.Storage.Indexing;
using Extractor.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Extractor.Storage.Tests;

public sealed class FactStoreTests : IDisposable
{
    private const string ChinhText = "Hội nghị cán bộ chủ chốt\nSáng 2-7, đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, dự hội nghị cán bộ chủ chốt. Toàn tỉnh kết nạp hơn 1.600 đảng viên mới.";

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("pham minh chinh")]
    [InlineData("PHAM MINH CHINH")]
    [InlineData("PHẠM MINH CHÍNH")]
    [InlineData("Phạm Minh Chính")]
    [InlineData("  pham   minh  chinh ")]
    [InlineData("pham minh chi")]
    [InlineData("minh chinh")]
    public void Finds_a_person_whatever_the_case_and_diacritics_typed(string typed)
    {
        using var store = _temp.Open();
        store.IndexAll([Some.Article("a.txt", ChinhText).With("Phạm Minh Chính", "Ủy viên Bộ Chính trị")]);

        var people = store.FindPeople(typed);

        people.Should().ContainSingle().Which.Should().Match<PersonSummary>(p => p.Name == "Phạm Minh Chính" && p.Titles.Contains("Ủy viên Bộ Chính trị"));
    }

    [Theory]
    [InlineData("dang")]
    [InlineData("Đặng")]
    [InlineData("ĐẶNG VĂN ĐỨC")]
    [InlineData("dang van duc")]
    public void Folds_the_letter_d_with_stroke_which_unicode61_alone_does_not(string typed)
    {
        using var store = _temp.Open();
        store.IndexAll([Some.Article("a.txt", "Tin\nĐồng chí Đặng Văn Đức, Bí thư Huyện ủy, phát biểu.").With("Đặng Văn Đức", "Bí thư Huyện ủy")]);

        store.FindPeople(typed).Should().ContainSingle().Which.Name.Should().Be("Đặng Văn Đức");
    }

    [Theory]
    [InlineData("nguyen thi lan")]
    [InlineData("chinh'; DROP TABLE people; --")]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(pham minh)")]
    [InlineData("pham* OR minh^")]
    public void Treats_search_text_as_words_never_as_sql_or_query_syntax(string typed)
    {
        using var store = _temp.Open();
        store.IndexAll([Some.Article("a.txt", ChinhText).With("Phạm Minh Chính", "Ủy viên Bộ Chính trị")]);

        var act = () => store.Search(typed);

        act.Should().NotThrow();
        store.Statistics().People.Should().Be(1);
    }

    [Fact]
    public void Indexing_the_same_records_again_changes_nothing()
    {
        var records = new[]
        {
            Some.Article("a.txt", ChinhText).With("Phạm Minh Chính", "Ủy viên Bộ Chính trị").WithFigure("hơn 1.600 đảng viên", 1600, "đảng viên"),
            Some.Article("b.txt", "Tin khác\nĐồng chí Lê Văn Hòa, Chủ tịch UBND huyện, chủ trì.").With("Lê Văn Hòa", "Chủ tịch UBND huyện"),
        };
        using var store = _temp.Open();
        var first = store.IndexAll(records);
        var before = store.Statistics();

        var second = store.IndexAll(records);

        first.Added.Should().Be(2);
        second.Should().Be(new IndexSummary(0, 0, 2, 0));
        store.Statistics().Should().Be(before);
        before.Should().Be(new StoreStatistics(Articles: 2, Sources: 2, People: 2, Figures: 1, Events: 0));
    }

    [Fact]
    public void Replaces_the_facts_of_a_source_whose_record_changed()
    {
        using var store = _temp.Open();
        store.IndexAll([Some.Article("a.txt", ChinhText).With("Phạm Minh Chín", "Ủy viên Bộ Chính trị")]);

        var summary = store.IndexAll([Some.Article("a.txt", ChinhText).With("Phạm Minh Chính", "Ủy viên Bộ Chính trị")]);

        summary.Updated.Should().Be(1);
        store.FindPeople(null).Select(p => p.Name).Should().Equal("Phạm Minh Chính");
        store.Statistics().Articles.Should().Be(1);
    }

    [Fact]
    public void Keeps_one_article_for_the_same_text_read_from_two_sources()
    {
        using var store = _temp.Open();
        var record = Some.Article("a.txt", ChinhText).With("Phạm Minh Chính", "Ủy viên Bộ Chính trị");

        store.IndexAll([record, record with { SourceFile = "archive.warc", Url = "https://example.vn/a" }]);

        store.Statistics().Should().Be(new StoreStatistics(Articles: 1, Sources: 2, People: 1, Figures: 0, Events: 0));
        store.GetArticle(store.FindArticles("hoi nghi").Single().Id)!.Sources.Should().HaveCount(2);
    }

    [Fact]
    public void Removes_an_article_and_its_people_when_its_only_source_now_has_other_text()
    {
        using var store = _temp.Open();
        store.IndexAll([Some.Article("a.txt", "Cũ\nĐồng chí Lê Văn Hòa, Chủ tịch UBND huyện.").With("Lê Văn Hòa", "Chủ tịch UBND huyện")]);

        store.IndexAll([Some.Article("a.txt", ChinhText).With("Phạm Minh Chính", "Ủy viên Bộ Chính trị")]);

        store.FindPeople(null).Select(p => p.Name).Should().Equal("Phạm Minh Chính");
        store.Statistics().Articles.Should().Be(1);
        store.FindArticles("le van hoa").Should().BeEmpty();
    }

    [Fact]
    public void Skips_records_without_text()
    {
        using var store = _temp.Open();

        var summary = store.IndexAll([new Output.ArticleRecord { SourceFile = "broken.html", Errors = ["unreadable"] }]);

        summary.Skipped.Should().Be(1);
        store.Statistics().Articles.Should().Be(0);
    }

    [Fact]
    public void Is_a_plain_sqlite_file_in_wal_mode_that_passes_an_integrity_check()
    {
        using (var store = _temp.Open())
        {
            store.IndexAll([Some.Article("a.txt", ChinhText).With("Phạm Minh Chính", "Ủy viên Bộ Chính trị")]);
        }

        using var connection = new SqliteConnection($"Data Source={_temp.DbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        string Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        Scalar("PRAGMA journal_mode").Should().Be("wal");
        Scalar("PRAGMA integrity_check").Should().Be("ok");
        Scalar("SELECT name FROM people").Should().Be("Phạm Minh Chính");
        Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles','sources','people','appearances','title_holdings','figures','events')").Should().Be("7");
    }

    [Fact]
    public void Refuses_to_write_through_a_read_only_store()
    {
        using (var store = _temp.Open())
        {
            store.IndexAll([Some.Article("a.txt", ChinhText)]);
        }

        using var reader = FactStore.OpenReadOnly(_temp.DbPath);

        reader.Invoking(r => r.Index(Some.Article("b.txt", "Khác\nnội dung"))).Should().Throw<InvalidOperationException>();
        reader.FindArticles("hoi nghi").Should().ContainSingle();
    }

    [Fact]
    public void Opening_a_missing_store_read_only_names_the_file()
    {
        var missing = Path.Combine(_temp.Folder, "none.db");

        var act = () => FactStore.OpenReadOnly(missing);

        act.Should().Throw<FileNotFoundException>().WithMessage("*none.db*");
        File.Exists(missing).Should().BeFalse();
    }
}
