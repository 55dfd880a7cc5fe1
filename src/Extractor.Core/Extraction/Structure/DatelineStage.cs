using Extractor.Documents;
using Extractor.Pipeline;

namespace Extractor.Extraction.Structure;

/// <summary>Reads the article's own publication stamp ("09:07, 02/07/2020", "Cập nhật lúc 17:55, Thứ Ba, 06/02/2018 (GMT+7)").</summary>
/// <remarks>
/// Only a line of the header or tail that is a full date (with an optional time, stamp words, weekday, time zone or a byline name)
/// counts; a date in the lead is an event date. Nothing is invented: with no such line the dateline stays null. Thread-safe.
/// </remarks>
public sealed class DatelineStage : IArticleProcessor
{
    public string Name => "dateline";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Dateline };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var layout = PageLayout.Analyze(document.Text);
        return layout.Dateline is { } dateline ? document with { Dateline = dateline } : document;
    }
}
