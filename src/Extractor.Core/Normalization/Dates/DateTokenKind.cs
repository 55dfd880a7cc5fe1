namespace Extractor.Normalization.Dates;

/// <summary>What a date token is: a run of digits, a run of letters, or one other visible character.</summary>
internal enum DateTokenKind
{
    Number,
    Word,
    Symbol,
}
