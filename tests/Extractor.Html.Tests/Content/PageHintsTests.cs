using Extractor.Html.Content;

namespace Extractor.Html.Tests.Content;

public class PageHintsTests
{
    [Fact]
    public void Keeps_the_class_name_cache_bounded_over_many_distinct_names()
    {
        var hints = PageHints.Default;

        for (var i = 0; i < PageHints.CacheCapacity * 3; i++)
        {
            hints.Classify($"sc-{i:x8} generated-{i}");
        }

        hints.CachedCount.Should().BeLessThanOrEqualTo(PageHints.CacheCapacity);
    }

    [Fact]
    public void Classifies_a_very_long_class_string_without_caching_it()
    {
        var hints = PageHints.Default;
        var name = string.Concat(Enumerable.Repeat("x ", PageHints.MaxCachedKeyLength)) + "related";

        hints.Classify(name).Should().HaveFlag(HintKind.Junk);
        hints.Classify(name).Should().HaveFlag(HintKind.Junk);
    }

    [Theory]
    [InlineData("widget entry-content", "Content", "Junk")]
    [InlineData("entry-content widget", "Content", "Junk")]
    [InlineData("article-other", "Junk", "None")]
    [InlineData("related-sapo", "Junk", "Lead")]
    [InlineData("Sapo", "Lead", "Junk")]
    [InlineData("print-sapo", "Lead", "Junk")]
    [InlineData("btn-print", "Junk", "None")]
    [InlineData("  post-date\tbyline ", "Date, Author", "None")]
    public void Combines_what_each_name_says_in_any_order_and_spacing(string classAndId, string has, string hasNot)
    {
        var kind = PageHints.Default.Classify(classAndId);

        kind.Should().HaveFlag(Enum.Parse<HintKind>(has));
        (kind & Enum.Parse<HintKind>(hasNot)).Should().Be(HintKind.None);
    }

    [Theory]
    [InlineData("APageRoot__Sections")]
    [InlineData("view view-article-single view-content")]
    [InlineData("node node--type-article node--promoted")]
    [InlineData("sect sect_article news subjective commentary")]
    public void A_name_that_merely_begins_or_contains_a_furniture_word_is_not_furniture(string name)
    {
        var kind = PageHints.Default.Classify(name);

        kind.Should().NotHaveFlag(HintKind.Junk);
        kind.Should().NotHaveFlag(HintKind.StrongJunk);
    }

    [Theory]
    [InlineData("pager", false)]
    [InlineData("news-pager", false)]
    [InlineData("view-count", false)]
    [InlineData("views", false)]
    [InlineData("promo-box", false)]
    [InlineData("comments", true)]
    [InlineData("comment-list", true)]
    [InlineData("fb-comments", true)]
    [InlineData("commentlist", true)]
    public void Names_a_pager_a_view_counter_a_promo_or_comments_as_furniture(string name, bool comments)
    {
        PageHints.Default.Classify(name).Should().HaveFlag(comments ? HintKind.StrongJunk : HintKind.Junk);
    }

    [Theory]
    [InlineData("Subscribe now to our eNATION edition for the full story.")]
    [InlineData("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.")]
    [InlineData("Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.")]
    public void Reads_a_publisher_notice_as_a_promo_line(string line)
    {
        PageHints.Default.IsPromoLine(line).Should().BeTrue();
    }

    [Fact]
    public void A_long_paragraph_that_mentions_a_newsletter_is_not_a_promo_line()
    {
        var paragraph = "Subscribe now to our newsletter, the party committee told members, " + new string('x', PageHints.MaxPromoLine);

        PageHints.Default.IsPromoLine(paragraph).Should().BeFalse();
    }
}
