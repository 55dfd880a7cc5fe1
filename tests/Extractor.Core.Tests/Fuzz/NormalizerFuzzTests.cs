using Extractor.Documents;
using Extractor.Normalization;
using Extractor.Normalization.Dates;
using Extractor.Normalization.Unicode;
using Extractor.Testing;
using NodaTime;

namespace Extractor.Core.Tests.Fuzz;

/// <summary>Issue 10 item 2: the normalizers over random and mutated input never throw, and their maps and spans stay inside the text.</summary>
public sealed class NormalizerFuzzTests
{
    private const int Iterations = 400;

    public static TheoryData<string, int> Generators() => new()
    {
        { "characters", 1 },
        { "tokens", 2 },
        { "mutated", 3 },
        { "lone-surrogates", 6 },
    };

    private static IEnumerable<(int Iteration, string Text)> Inputs(string generator, int seed)
    {
        var fuzz = new FuzzText(seed);
        var samples = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "sample"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; i < Iterations; i++)
        {
            yield return (i, generator switch
            {
                "characters" => fuzz.Characters(300),
                "lone-surrogates" => fuzz.Characters(300, loneSurrogates: true),
                "tokens" => fuzz.Tokens(60),
                _ => fuzz.Mutate(samples[i % samples.Count], fuzz.Random.Next(1, 30)),
            });
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Normalizing_keeps_a_monotone_map_back_to_the_raw_text_and_is_stable(string generator, int seed)
    {
        foreach (var (i, raw) in Inputs(generator, seed))
        {
            var normalized = VietnameseText.Normalize(raw);

            var because = $"{generator} #{i} (seed {seed})";
            normalized.RawOffsets.Should().HaveCount(normalized.Text.Length + 1, because);
            normalized.RawOffsets.Should().BeInAscendingOrder(because);
            normalized.RawOffsets.Should().OnlyContain(o => o >= 0 && o <= raw.Length, because);
            VietnameseText.Normalize(normalized.Text).Text.Should().Be(normalized.Text, because + ": normalizing twice changes nothing");
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void The_normalization_stage_maps_every_offset_of_its_text(string generator, int seed)
    {
        var stage = new TextNormalizationStage();
        foreach (var (i, raw) in Inputs(generator, seed))
        {
            var document = stage.Process(ArticleDocument.FromText(raw));

            if (!document.RawOffsets.IsDefaultOrEmpty)
            {
                document.RawOffsets.Should().HaveCount(document.Text.Length + 1, $"{generator} #{i}");
                document.ToRaw(new TextSpan(0, document.Text.Length)).IsWithin(raw.Length).Should().BeTrue($"{generator} #{i}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Scanning_for_dates_gives_real_dates_with_spans_inside_the_text(string generator, int seed)
    {
        var reference = new LocalDate(2024, 3, 12);
        foreach (var (i, raw) in Inputs(generator, seed))
        {
            var text = VietnameseText.Normalize(raw).Text;
            foreach (var mention in DateScanner.Scan(text, reference))
            {
                mention.Span.IsWithin(text.Length).Should().BeTrue($"{generator} #{i}: {mention}");
                if (mention.Value is { } value)
                {
                    value.Start.Year.Should().BeInRange(1, 9999, $"{generator} #{i}");
                    if (value.End is { } end)
                    {
                        end.Should().BeGreaterThanOrEqualTo(value.Start, $"{generator} #{i}: an interval ends after it starts");
                    }
                }
            }

            _ = DateExpressionParser.Parse(raw, reference);
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Search_keys_never_throw_and_are_stable(string generator, int seed)
    {
        foreach (var (i, raw) in Inputs(generator, seed))
        {
            var key = SearchKey.Of(raw);
            SearchKey.Of(key).Should().Be(key, $"{generator} #{i}");
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Decoding_random_bytes_never_throws_and_gives_text(int seed)
    {
        var fuzz = new FuzzText(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = fuzz.Bytes(2000);

            var decoded = TextDecoder.Decode(bytes);
            _ = TextDecoder.LooksBinary(bytes, out _);

            decoded.Text.Should().NotBeNull($"#{i}");
        }
    }
}
