using Extractor.Storage.Queries;
using Extractor.Web.Pages;

namespace Extractor.Web.Tests.Pages;

public sealed class ArticlePageTests
{
    public static TheoryData<string, EvidenceSpan[], string> Cases => new()
    {
        { "Ông A nói", [], "Ông A nói" },
        { "Ông A nói", [new EvidenceSpan(4, 5, "official", "A", 7)], "Ông <a href=\"/people/7\"><mark class=\"ev-official\" title=\"official: A\">A</mark></a> nói" },
        {
            "Hội nghị có 5 người",
            [new EvidenceSpan(0, 19, "event", "Hội nghị"), new EvidenceSpan(12, 19, "figure", "5 người")],
            "<mark class=\"ev-event\" title=\"event: Hội nghị\">Hội nghị có </mark><mark class=\"ev-event ev-figure\" title=\"event: Hội nghị | figure: 5 người\">5 người</mark>"
        },
        { "a<b>&c", [new EvidenceSpan(1, 4, "figure", "<b>")], "a<mark class=\"ev-figure\" title=\"figure: &lt;b&gt;\">&lt;b&gt;</mark>&amp;c" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Marks_every_piece_of_text_with_the_evidence_covering_it_and_escapes_the_rest(string text, EvidenceSpan[] spans, string expected)
    {
        ArticlePage.Highlight(text, spans).Should().Be(expected);
    }
}
