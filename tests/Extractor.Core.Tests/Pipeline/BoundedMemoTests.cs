using Extractor.Pipeline;

namespace Extractor.Core.Tests.Pipeline;

public class BoundedMemoTests
{
    [Fact]
    public void Computes_each_spelling_once_whether_asked_by_string_or_by_span()
    {
        var calls = 0;
        var memo = new BoundedMemo<int>(capacity: 16, maxKeyLength: 10);
        int Length(string s)
        {
            calls++;
            return s.Length;
        }

        memo.GetOrAdd("Tỉnh ủy", Length).Should().Be(7);
        memo.GetOrAdd("xx Tỉnh ủy xx".AsSpan(3, 7), Length).Should().Be(7);
        memo.GetOrAdd("Tỉnh ủy", Length).Should().Be(7);

        calls.Should().Be(1);
    }

    [Fact]
    public void Never_remembers_more_than_its_capacity_and_keeps_answering_after_it_is_emptied()
    {
        var memo = new BoundedMemo<string>(capacity: 100, maxKeyLength: 20);

        for (var i = 0; i < 1_000; i++)
        {
            memo.GetOrAdd($"w{i}", s => s.ToUpperInvariant()).Should().Be($"W{i}");
            memo.Count.Should().BeLessThanOrEqualTo(100);
        }

        memo.GetOrAdd("w999".AsSpan(), s => s.ToUpperInvariant()).Should().Be("W999");
    }

    [Fact]
    public void Computes_a_string_longer_than_the_key_limit_every_time()
    {
        var calls = 0;
        var memo = new BoundedMemo<int>(capacity: 16, maxKeyLength: 4);
        var longer = "Ban Thường vụ";

        memo.GetOrAdd(longer, s => ++calls);
        memo.GetOrAdd(longer.AsSpan(), s => ++calls);

        calls.Should().Be(2);
        memo.Count.Should().Be(0);
    }
}
