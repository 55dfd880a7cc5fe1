namespace Extractor.Learning.Features;

/// <summary>The word lists a syllable can belong to, as tagger features.</summary>
[Flags]
public enum LexiconClass
{
    None = 0,
    Surname = 1,
    MiddleName = 2,
    TitleHead = 4,
    OrganizationHead = 8,
    PlaceHead = 16,
    Honorific = 32,
    Province = 64,
    Unit = 128,
}
