namespace Extractor.Jobs;

/// <summary>Which fact extractors run: the rules, the learned models, or both reconciled.</summary>
public enum ExtractorSet
{
    Rules,
    Ml,
    RulesAndMl,
}

/// <summary>Parses the <c>--extractors</c> values "rules", "ml" and "rules+ml".</summary>
public static class ExtractorSetNames
{
    public static readonly string[] All = ["rules", "ml", "rules+ml"];

    public static ExtractorSet Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "rules" => ExtractorSet.Rules,
        "ml" => ExtractorSet.Ml,
        "rules+ml" => ExtractorSet.RulesAndMl,
        _ => throw new ArgumentException($"unknown extractor set '{value}' (expected rules, ml or rules+ml)", nameof(value)),
    };
}
