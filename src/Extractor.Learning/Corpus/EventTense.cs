namespace Extractor.Learning.Corpus;

/// <summary>Whether an event sentence reports something that took place or announces something planned.</summary>
public enum EventTense
{
    Reported,
    Planned,
}
