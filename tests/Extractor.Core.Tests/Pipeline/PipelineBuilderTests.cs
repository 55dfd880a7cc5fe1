using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Core.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class Stage(string name, ArticleLayer[] requires, ArticleLayer[] produces, Func<ArticleDocument, ArticleDocument>? run = null) : IArticleProcessor
    {
        public string Name => name;

        public IReadOnlySet<ArticleLayer> Requires { get; } = requires.ToHashSet();

        public IReadOnlySet<ArticleLayer> Produces { get; } = produces.ToHashSet();

        public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default) => (run ?? (d => d))(document);
    }

    [Fact]
    public void Build_rejects_a_stage_whose_required_layer_is_not_produced_earlier()
    {
        var builder = new PipelineBuilder().Use(new Stage("figures", [ArticleLayer.NormalizedText], [ArticleLayer.Figures]));

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*figures*NormalizedText*");
    }

    [Fact]
    public void A_failing_stage_records_an_error_and_later_stages_still_run()
    {
        var pipeline = new PipelineBuilder()
            .Use(new Stage("boom", [], [ArticleLayer.NormalizedText], _ => throw new InvalidOperationException("bad")))
            .Use(new Stage("title", [ArticleLayer.NormalizedText], [ArticleLayer.Title], d => d with { Title = "T" }))
            .Build();

        var result = pipeline.Process(ArticleDocument.FromText("x"));

        result.Errors.Should().ContainSingle().Which.Should().Contain("boom");
        result.Title.Should().Be("T");
        result.Stages.Should().Equal("title");
    }

    [Fact]
    public void Replace_swaps_a_stage_by_name()
    {
        var builder = new PipelineBuilder()
            .Use(new Stage("a", [], [ArticleLayer.NormalizedText]))
            .Replace("a", new Stage("a", [], [ArticleLayer.NormalizedText], d => d with { Title = "replaced" }));

        builder.Build().Process(ArticleDocument.FromText("x")).Title.Should().Be("replaced");
    }
}
