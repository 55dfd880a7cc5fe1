using FluentAssertions;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Extractor.Storage.Tests.People;

/// <summary>The per-person summaries (titles held, provinces seen) that keep resolving a frequent person cheap stay
/// equal to what the holdings and appearances say, through additions, changes and removals.</summary>
public sealed class PersonSummaryTests
{
    private const string Text = "Hội nghị\nĐồng chí Trần Quốc Hưng, Bí thư Huyện ủy Tân Lập, chủ trì hội nghị. Đồng chí Lê Thị Mai dự.";

    [Fact]
    public void Summaries_match_the_holdings_after_adding_changing_and_removing_articles()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            for (var i = 0; i < 30; i++)
            {
                var record = Some.Article($"a{i}.txt", Text + $" Bài {i}.", province: i % 3 == 0 ? "Lâm Đồng" : "Tân Lập")
                    .With("Trần Quốc Hưng", "Bí thư Huyện ủy Tân Lập", i % 2 == 0 ? "Tỉnh ủy viên" : "Bí thư Huyện ủy")
                    .With("Lê Thị Mai", "Phó Chủ tịch UBND huyện");
                store.Index(record);
            }

            // A changed record for the same source replaces its facts; a source moved to another text orphans the old article.
            store.Index(Some.Article("a4.txt", Text + " Bài 4.", province: "Tân Lập").With("Trần Quốc Hưng", "Chủ tịch UBND huyện"));
            store.Index(Some.Article("a5.txt", "Tin khác\nKhông có ai.", province: null));
            store.Commit();
        }

        using var connection = new SqliteConnection($"Data Source={temp.DbPath};Mode=ReadOnly");
        connection.Open();
        Rows(connection, "SELECT person_id, title_key, title, holdings FROM person_titles ORDER BY 1, 2, 3")
            .Should().Equal(Rows(connection, "SELECT person_id, title_key, title, COUNT(*) FROM title_holdings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
        Rows(connection, "SELECT person_id, province, appearances FROM person_provinces ORDER BY 1, 2")
            .Should().Equal(Rows(connection, "SELECT ap.person_id, a.province, COUNT(*) FROM appearances ap JOIN articles a ON a.id = ap.article_id WHERE a.province IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"));
        Rows(connection, "SELECT COUNT(*) FROM person_titles").Single().Should().NotBe("0");
    }

    [Fact]
    public void Resolving_a_person_reads_the_summaries_through_their_keys()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            store.Index(Some.Article("a.txt", Text).With("Trần Quốc Hưng", "Bí thư Huyện ủy Tân Lập"));
            store.Commit();
        }

        using var connection = new SqliteConnection($"Data Source={temp.DbPath};Mode=ReadOnly");
        connection.Open();
        foreach (var query in (string[])["SELECT DISTINCT title_key FROM person_titles WHERE person_id = 1", "SELECT province FROM person_provinces WHERE person_id = 1"])
        {
            string.Join("\n", Rows(connection, "EXPLAIN QUERY PLAN " + query)).Should().Contain("SEARCH").And.NotContain("SCAN");
        }
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
