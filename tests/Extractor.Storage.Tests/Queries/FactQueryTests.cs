using Extractor.Storage.Queries;

namespace Extractor.Storage.Tests.Queries;

public sealed class FactQueryTests : IDisposable
{
    private readonly TempStore _temp = new();

    public FactQueryTests()
    {
        using var store = _temp.Open();
        store.IndexAll(
        [
            Some.Article("2022.txt", "Kết nạp đảng viên năm 2022\nNăm 2022, Đảng bộ tỉnh kết nạp 1.250 đảng viên mới. Tỷ lệ đạt 81,01%.", "2022-12-20", "Tân Lập")
                .WithFigure("1.250 đảng viên", 1250, "đảng viên")
                .WithFigure("81,01%", 81.01m, "%", "percent")
                .With("Trần Quốc Hưng", "Bí thư Tỉnh ủy"),
            Some.Article("2023.txt", "Kết nạp đảng viên năm 2023\nNăm 2023, toàn tỉnh kết nạp hơn 1.600 đảng viên mới; 31/36 ủy ban kiểm tra hoàn thành.", "2023-12-22", "Tân Lập")
                .WithFigure("hơn 1.600 đảng viên", 1600, "đảng viên")
                .WithFigure("31/36 ủy ban kiểm tra", 31, "ủy ban kiểm tra", "ratio", 36),
            Some.Article("binh.txt", "Bình Giang tổng kết\nNgày 5/1, Hội nghị tổng kết công tác năm 2023 của Tỉnh ủy Bình Giang đã kết nạp 900 đảng viên.", "2024-01-06", "Bình Giang")
                .WithFigure("900 đảng viên", 900, "đảng viên")
                .WithEvent("hội nghị", "Hội nghị tổng kết công tác năm 2023", "2024-01-05", "Tỉnh ủy Bình Giang"),
        ]);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("ket nap dang vien", null, null, null, 3)]
    [InlineData("KẾT NẠP", "Tân Lập", null, null, 2)]
    [InlineData("ket nap", null, "2023-01-01", null, 2)]
    [InlineData("ket nap", null, null, "2023-12-31", 2)]
    [InlineData("ket nap", null, "2023-01-01", "2023-12-31", 1)]
    [InlineData("", "Bình Giang", null, null, 1)]
    [InlineData("uy ban kiem tra", null, null, null, 1)]
    public void Finds_figures_by_words_of_their_sentence_province_and_dates(string text, string? province, string? from, string? to, int expected)
    {
        using var store = FactStore.OpenReadOnly(_temp.DbPath);

        var figures = store.FindFigures(new FigureFilter { Text = text, Province = province, Range = new DateRange(Parse(from), Parse(to)) });

        figures.Should().HaveCount(expected);
    }

    [Fact]
    public void Keeps_figure_values_exact_and_names_their_source()
    {
        using var store = FactStore.OpenReadOnly(_temp.DbPath);

        var figures = store.FindFigures(new FigureFilter { Text = "ty le" });
        var ratio = store.FindFigures(new FigureFilter { Kind = "ratio" }).Single();

        figures.Should().ContainSingle().Which.Should().Match<FigureFact>(f => f.Value == 81.01m && f.Unit == "%" && f.Source == "2022.txt" && f.Date == new DateOnly(2022, 12, 20));
        ratio.Of.Should().Be(36);
        ratio.Context.Should().Contain("31/36 ủy ban kiểm tra hoàn thành");
    }

    [Fact]
    public void Filters_figures_by_unit_without_diacritics()
    {
        using var store = FactStore.OpenReadOnly(_temp.DbPath);

        store.FindFigures(new FigureFilter { Unit = "dang vien" }).Select(f => f.Value).Should().Equal(1250m, 1600m, 900m);
    }

    [Fact]
    public void Dates_an_event_by_its_own_date_for_range_queries()
    {
        using var store = FactStore.OpenReadOnly(_temp.DbPath);

        store.FindEvents("hoi nghi tong ket").Should().ContainSingle().Which.Date.Should().Be(new DateOnly(2024, 1, 5));
        store.FindEvents("hoi nghi", new DateRange(new DateOnly(2024, 1, 6), null)).Should().BeEmpty();
    }

    [Fact]
    public void Searches_every_group_with_one_box()
    {
        using var store = FactStore.OpenReadOnly(_temp.DbPath);

        var results = store.Search("BINH GIANG");

        results.Articles.Should().ContainSingle().Which.Province.Should().Be("Bình Giang");
        results.Events.Should().ContainSingle();
        results.Figures.Should().ContainSingle().Which.Value.Should().Be(900);
        results.People.Should().BeEmpty();
        store.Search("   ").Should().BeEquivalentTo(new SearchResults([], [], [], []));
    }

    [Fact]
    public void Shows_an_article_with_the_evidence_span_of_every_fact()
    {
        using var store = FactStore.OpenReadOnly(_temp.DbPath);
        var id = store.FindArticles("nam 2022").Single().Id;

        var article = store.GetArticle(id)!;

        article.Evidence.Select(e => article.Text[e.Start..e.End]).Should().Equal("1.250 đảng viên", "81,01%");
        article.Evidence.Select(e => e.Kind).Should().Equal("figure", "figure");
        store.GetArticle(id + 1000).Should().BeNull();
    }

    [Fact]
    public void Limits_people_to_the_articles_in_the_date_range()
    {
        using var store = FactStore.OpenReadOnly(_temp.DbPath);

        store.FindPeople("tran quoc hung", new DateRange(null, new DateOnly(2022, 12, 31))).Should().ContainSingle();
        store.FindPeople("tran quoc hung", new DateRange(new DateOnly(2023, 1, 1), null)).Should().BeEmpty();
    }

    private static DateOnly? Parse(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
