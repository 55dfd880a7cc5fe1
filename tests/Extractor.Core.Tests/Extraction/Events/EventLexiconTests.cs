using Extractor.Extraction.Events;

namespace Extractor.Core.Tests.Extraction.Events;

/// <summary>The lexicon's phrase search, which turns words away by their first character before comparing strings.</summary>
public sealed class EventLexiconTests
{
    private static readonly string[] Roles = ["organize", "chair", "act", "inspect", "occur", "attend", "planned", "recent", "noun"];

    [Fact]
    public void Finds_every_phrase_of_every_role_whether_written_lowercase_capitalised_or_in_capitals()
    {
        var lexicon = EventLexicon.Default;
        foreach (var role in Roles)
        {
            foreach (var (phrase, _) in lexicon.Role(role))
            {
                foreach (var written in new[] { phrase, char.ToUpperInvariant(phrase[0]) + phrase[1..], phrase.ToUpperInvariant() })
                {
                    var text = "Hôm qua, " + written + " tại xã.";
                    var found = lexicon.FindFirst(role, text, 0, text.Length, ignoreCase: true);
                    found.Should().NotBeNull($"'{written}' is a phrase of {role}");
                    found!.Value.Index.Should().BeLessThanOrEqualTo(9, $"'{written}' starts at 9 (or a phrase inside it earlier)");
                }
            }
        }
    }

    [Fact]
    public void Matches_case_exactly_when_asked_to()
    {
        var lexicon = EventLexicon.Default;
        var (phrase, _) = lexicon.Role("organize")[0];
        var capitalised = char.ToUpperInvariant(phrase[0]) + phrase[1..];

        lexicon.FindFirst("organize", "x " + phrase + " y", 0, phrase.Length + 4, ignoreCase: false).Should().NotBeNull();
        lexicon.FindFirst("organize", "x " + capitalised + " y", 0, phrase.Length + 4, ignoreCase: false)
            .Should().Match<(int Index, string Phrase, string Kind)?>(found => found == null || found.Value.Index > 2, "the capitalised phrase itself does not match");
    }

    [Fact]
    public void Finds_nothing_for_a_role_the_lexicon_does_not_have() =>
        EventLexicon.Default.FindFirst("no-such-role", "tổ chức hội nghị", 0, 16, ignoreCase: true).Should().BeNull();
}
