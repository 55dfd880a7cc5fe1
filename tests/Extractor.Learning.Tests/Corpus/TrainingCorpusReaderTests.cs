using Extractor.Learning.Corpus;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Tests.Corpus;

public sealed class TrainingCorpusReaderTests
{
    [Fact]
    public void Turns_markup_into_plain_text_with_entity_spans()
    {
        var article = TrainingCorpusReader.Parse("Đồng chí [PER Lê Văn An] - [TITLE Bí thư Tỉnh ủy] có 12 [UNIT đảng viên].");

        article.Text.Should().Be("Đồng chí Lê Văn An - Bí thư Tỉnh ủy có 12 đảng viên.");
        article.Entities.Select(e => (e.Kind, e.Span.Of(article.Text))).Should().Equal(
            (EntityKind.Person, "Lê Văn An"),
            (EntityKind.Title, "Bí thư Tỉnh ủy"),
            (EntityKind.Unit, "đảng viên"));
    }

    [Fact]
    public void Reads_event_sentences_as_reported_or_planned_around_entities()
    {
        var article = TrainingCorpusReader.Parse("{R Sáng 2-7, [ORG Huyện ủy] họp.} {P Hội nghị sẽ khai mạc ngày 5-7.}");

        article.EventSentences.Select(e => (e.Tense, e.Span.Of(article.Text))).Should().Equal(
            (EventTense.Reported, "Sáng 2-7, Huyện ủy họp."),
            (EventTense.Planned, "Hội nghị sẽ khai mạc ngày 5-7."));
        article.Entities.Single().Span.Of(article.Text).Should().Be("Huyện ủy");
    }

    [Theory]
    [InlineData("[PER Lê [TITLE Bí thư]]", "nested")]
    [InlineData("[NAME Lê Văn An]", "unknown tag")]
    [InlineData("Lê Văn An]", "without")]
    [InlineData("[PER Lê Văn An", "not closed")]
    [InlineData("{X câu}", "event markup")]
    [InlineData("[PER ]", "empty")]
    public void Rejects_malformed_markup_naming_the_problem(string markup, string problem)
    {
        var act = () => TrainingCorpusReader.Parse(markup, "t999", "x.txt");

        act.Should().Throw<FormatException>().WithMessage($"*x.txt*t999*{problem}*");
    }

    [Fact]
    public void Splits_a_file_into_articles_at_id_lines_and_skips_the_preamble()
    {
        var articles = TrainingCorpusReader.ParseFile("preamble line\n### t1\nMột [PER Lê An].\n\n### t2\nHai.\n");

        articles.Select(a => (a.Id, a.Text)).Should().Equal(("t1", "Một Lê An."), ("t2", "Hai."));
    }

    [Fact]
    public void Reads_the_team_training_corpus_of_at_least_150_annotated_articles()
    {
        var articles = TrainingCorpusReader.LoadDirectory(Path.Combine(Extractor.Testing.RepositoryPaths.Corpus, "training"));

        articles.Should().HaveCountGreaterThanOrEqualTo(150);
        articles.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            articles.SelectMany(a => a.Entities).Should().Contain(e => e.Kind == kind);
        }

        articles.SelectMany(a => a.EventSentences).Select(e => e.Tense).Distinct().Should().HaveCount(2);
    }
}
