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
}
