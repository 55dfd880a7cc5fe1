namespace Extractor.Learning;

/// <summary>How learned extractors combine with the rules.</summary>
public enum LearnedMode
{
    /// <summary>"rules+ml": rules keep their facts; the tagger adds the officials and titles the rules missed.</summary>
    Augment,

    /// <summary>"ml": the tagger takes the place of the officials rules.</summary>
    Replace,
}
