using Extractor.Html.Profiles;

namespace Extractor.Html.Tests.Profiles;

public class SelectorLiteralsTests
{
    [Theory]
    [InlineData(".news-detail .news-title", "news-detail|news-title")]
    [InlineData("#dnn_ContentPane", "dnn_ContentPane")]
    [InlineData("td.content_news", "content_news")]
    [InlineData("meta[name=generator][content^=WordPress]", "generator|WordPress")]
    [InlineData("link[href*='/wp-content/']", "/wp-content/")]
    [InlineData("[id^=p_p_id_contentviewer]", "p_p_id_contentviewer")]
    [InlineData("article time.entry-date.published", "entry-date|published")]
    [InlineData("h1.a", "")]
    [InlineData(".x, .y", "")]
    [InlineData("div:not(.related)", "")]
    public void Requires_the_class_names_ids_and_attribute_values_a_selector_names(string selector, string expected)
    {
        SelectorLiterals.Of(selector).Required.Should().Equal(expected.Length == 0 ? [] : expected.Split('|'));
    }

    [Theory]
    [InlineData(".news-detail .news-title", "<div class=\"NEWS-DETAIL\"><h2 class=\"news-title\">x</h2></div>", true)]
    [InlineData(".news-detail .news-title", "<div class=\"news-detail\"><h2 class=\"title\">x</h2></div>", false)]
    [InlineData("meta[name=generator][content^=WordPress]", "<meta name=\"generator\" content=\"WordPress 6.4\">", true)]
    [InlineData("meta[name=generator][content^=WordPress]", "<meta name=\"generator\" content=\"Joomla\">", false)]
    public void A_selector_may_match_only_markup_holding_all_its_names(string selector, string markup, bool expected)
    {
        SelectorLiterals.Of(selector).MayOccurIn(markup).Should().Be(expected);
    }
}
