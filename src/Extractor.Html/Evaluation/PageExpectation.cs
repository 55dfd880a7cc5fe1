using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extractor.Html.Evaluation;

/// <summary>What a fixture page (<c>page.html</c> beside <c>page.expected.json</c>) must give when extracted.</summary>
/// <remarks>Null fields are not checked. <see cref="Published"/> is ISO 8601 as the output writes it ("2024-03-12T14:20:00+07:00" or "2024-03-12").</remarks>
public sealed record PageExpectation
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // A misspelt key ("nextPage" for "next_page") would otherwise leave its check silently unmade.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The address the page is served from (selects a site profile, resolves links).</summary>
    public string? Url { get; init; }

    /// <summary>The HTTP header's charset, when the page is to be read as if served with one.</summary>
    public string? Charset { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>The body's first sentence (or its start), which must be in the body.</summary>
    public string? First { get; init; }

    /// <summary>The body's last sentence (or its end), which must be in the body.</summary>
    public string? Last { get; init; }

    /// <summary>Captions that must be among the extracted captions.</summary>
    public IReadOnlyList<string>? Captions { get; init; }

    /// <summary>Page furniture that must not be in the body (menu items, related headlines, counters, share links).</summary>
    public IReadOnlyList<string> Boilerplate { get; init; } = [];

    /// <summary>The canonical address the article must report.</summary>
    [JsonPropertyName("canonical")]
    public string? Canonical { get; init; }

    /// <summary>The next page's address (as resolved against <see cref="Url"/>).</summary>
    public string? NextPage { get; init; }

    /// <summary>True for listing pages: no article is expected, only <see cref="NextPage"/> and the absence of an error-free body is not checked.</summary>
    public bool Listing { get; init; }

    /// <summary>Reads an expectation file.</summary>
    /// <exception cref="JsonException">The file is not an expectation.</exception>
    public static PageExpectation Parse(string json) =>
        JsonSerializer.Deserialize<PageExpectation>(json, JsonOptions) ?? throw new JsonException("empty expectation");
}
