using Extractor.Storage.Queries;

using Extractor.Output;

namespace Extractor.Storage.Tests.People;

public sealed class PersonResolutionTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string?, string, string, string?, int> Cases => new()
    {
        // name, titles of the first article (';'-separated), its province, name, titles of the second, its province, people expected
        { "Trần Quốc Hưng", "Bí thư Huyện ủy", "Tân Lập", "Trần Quốc Hưng", "Bí thư Huyện ủy", "Tân Lập", 1 },
        { "Trần Quốc Hưng", "Tỉnh ủy viên;Bí thư Huyện ủy", "Tân Lập", "TRẦN QUỐC HƯNG", "Bí thư Huyện ủy", "Tân Lập", 1 },
        { "Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy", "Tân Lập", "Trần Quốc Hưng", "Bí thư Tỉnh ủy", "Tân Lập", 1 },
        { "Trần Quốc Hưng", "Chủ tịch UBND tỉnh", "Tân Lập", "Trần Quốc Hưng", "Chủ tịch Ủy ban nhân dân tỉnh", "Tân Lập", 1 },
        { "Trần Quốc Hưng", "Bí thư Tỉnh ủy", "Tân Lập", "Trần Quốc Hưng", "Bí thư Tỉnh ủy Tân Lập", "Tân Lập", 1 },
        { "Trần Quốc Hưng", "Bí thư Huyện ủy", "Tân Lập", "Trần Quốc Hưng", "", "Tân Lập", 1 },
        { "Trần Quốc Hưng", "Bí thư Huyện ủy Hòa Sơn", "Tân Lập", "Trần Quốc Hưng", "Bí thư Đảng ủy xã Bình Minh", "Tân Lập", 2 },
        { "Trần Quốc Hưng", "Chủ tịch UBND huyện Hòa Sơn", "Tân Lập", "Trần Quốc Hưng", "Chủ tịch Hội Nông dân tỉnh", "Tân Lập", 2 },
        { "Trần Quốc Hưng", "Bí thư Huyện ủy", "Tân Lập", "Trần Quốc Hưng", "Bí thư Huyện ủy", "Bình Giang", 2 },
        { "Trần Quốc Hưng", "Ủy viên Trung ương Đảng", "Tân Lập", "Trần Quốc Hưng", "Ủy viên Trung ương Đảng", "Bình Giang", 1 },
        { "Trần Quốc Hưng", "Phó Thủ tướng Chính phủ", "Tân Lập", "Trần Quốc Hưng", "Phó Thủ tướng", "Bình Giang", 1 },
        { "Trần Quốc Hưng", "Bí thư Huyện ủy", "Tân Lập", "Trần Quốc Hùng", "Bí thư Huyện ủy", "Tân Lập", 2 },
        { "Trần Quốc Hưng", "Chủ tịch", "Tân Lập", "Trần Quốc Hưng", "Chủ tịch", "Bình Giang", 1 },
        { "Vũ Huy Hoà", "Bí thư Huyện ủy", "Tân Lập", "Vũ Huy Hòa", "Bí thư Huyện ủy", "Tân Lập", 1 },
        { "Vũ Huy Hòa", "Bí thư Huyện ủy", "Tân Lập", "Vu Huy Hoa", "Bí thư Huyện ủy", "Tân Lập", 1 },
        { "Vũ Huy Hòa", "Bí thư Huyện ủy", "Tân Lập", "Vũ Huy Hoa", "Bí thư Huyện ủy", "Tân Lập", 2 },
        { "Trần Quốc Hưng", "", "Tân Lập", "Trần Quốc Hưng", "Bí thư Huyện ủy", "Bình Giang", 1 },
        { "Trần Quốc Hưng", "TUV;Bí thư Huyện ủy", "Tân Lập", "Trần Quốc Hưng", "Tỉnh ủy viên", "Tân Lập", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Joins_the_same_official_across_articles_and_keeps_namesakes_apart(
        string firstName, string firstTitles, string? firstProvince, string secondName, string secondTitles, string? secondProvince, int expected)
    {
        using var store = _temp.Open();

        store.IndexAll(
        [
            Some.Article("a.txt", $"Tin một\nĐồng chí {firstName} phát biểu.", "2023-05-01", firstProvince).With(firstName, Split(firstTitles)),
            Some.Article("b.txt", $"Tin hai\nĐồng chí {secondName} chủ trì.", "2024-06-01", secondProvince).With(secondName, Split(secondTitles)),
        ]);

        store.Statistics().People.Should().Be(expected);
    }

    [Fact]
    public void Gives_a_timeline_of_titles_with_the_dated_articles_that_show_them()
    {
        using var store = _temp.Open();
        store.IndexAll(
        [
            Some.Article("2024.txt", "Năm 2024\nĐồng chí Trần Quốc Hưng phát biểu.", "2024-02-03T08:00:00+07:00").With("Trần Quốc Hưng", "Bí thư Tỉnh ủy"),
            Some.Article("2021.txt", "Năm 2021\nĐồng chí Trần Quốc Hưng phát biểu.", "2021-09-10").With("Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
            Some.Article("2022.txt", "Năm 2022\nĐồng chí Trần Quốc Hưng phát biểu.", "2022-01-15").With("Trần Quốc Hưng", "Chủ tịch UBND tỉnh"),
        ]);
        var person = store.FindPeople("tran quoc hung").Single();

        var profile = store.GetPerson(person.Id)!;

        profile.Person.ArticleCount.Should().Be(3);
        profile.Person.FirstSeen.Should().Be(new DateOnly(2021, 9, 10));
        profile.Person.LastSeen.Should().Be(new DateOnly(2024, 2, 3));
        profile.Timeline.Should().Equal(
            new TitleHolding("Phó Bí thư Tỉnh ủy", new DateOnly(2021, 9, 10), new DateOnly(2021, 9, 10), 1),
            new TitleHolding("Chủ tịch UBND tỉnh", new DateOnly(2021, 9, 10), new DateOnly(2022, 1, 15), 2),
            new TitleHolding("Bí thư Tỉnh ủy", new DateOnly(2024, 2, 3), new DateOnly(2024, 2, 3), 1));
        profile.Appearances.Select(a => a.Article.Title).Should().Equal("Năm 2024", "Năm 2022", "Năm 2021");
        profile.Appearances[2].Titles.Should().Equal("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh");
    }

    private static string[] Split(string titles) => titles.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
