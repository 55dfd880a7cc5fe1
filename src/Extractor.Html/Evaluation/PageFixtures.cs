using System.Text;
using System.Text.Json;

namespace Extractor.Html.Evaluation;

/// <summary>Scores extraction on a folder of pages with expectations (<c>*.html</c> + <c>*.expected.json</c>, searched recursively).</summary>
public static class PageFixtures
{
    /// <summary>Every page of the folder that has an expectation, in path order.</summary>
    public static IReadOnlyList<(string Html, string Expected)> Find(string folder) =>
        Directory.GetFiles(folder, "*.expected.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(e => (Html: e[..^".expected.json".Length] + ".html", Expected: e))
            .Where(p => File.Exists(p.Html))
            .ToList();

    public static PageFixtureReport Run(string folder, HtmlArticleExtractor extractor)
    {
        var checks = new List<PageCheck>();
        foreach (var (html, expected) in Find(folder))
        {
            PageExpectation expectation;
            try
            {
                expectation = PageExpectation.Parse(File.ReadAllText(expected));
            }
            catch (JsonException ex)
            {
                checks.Add(new PageCheck { Page = html, Problems = [$"bad expectation: {ex.Message}"] });
                continue;
            }

            var article = extractor.Read(File.ReadAllBytes(html), new HtmlPageHints { Url = expectation.Url, Charset = expectation.Charset });
            checks.Add(Check(Path.GetRelativePath(folder, html), article, expectation));
        }

        return new PageFixtureReport(checks);
    }

    /// <summary>Compares one extracted article with what its page expects.</summary>
    public static PageCheck Check(string page, HtmlArticle article, PageExpectation expected)
    {
        var problems = new List<string>();
        var body = SnippetBenchmark.Normalize(article.Body);

        bool? Compare(string what, string? want, string? got)
        {
            if (want is null)
            {
                return null;
            }

            var ok = string.Equals(Nfc(want), got is null ? null : Nfc(got), StringComparison.Ordinal);
            if (!ok)
            {
                problems.Add($"{what}: expected '{want}', got '{got}'");
            }

            return ok;
        }

        var title = expected.Listing ? null : Compare("title", expected.Title, article.Title);
        var published = expected.Listing ? null : Compare("published", expected.Published, article.Published?.ToIsoString());
        bool? authors = null;
        if (expected.Authors is { } wantAuthors && !expected.Listing)
        {
            authors = wantAuthors.Select(Nfc).SequenceEqual(article.Authors.Select(Nfc));
            if (authors == false)
            {
                problems.Add($"authors: expected [{string.Join(", ", wantAuthors)}], got [{string.Join(", ", article.Authors)}]");
            }
        }

        bool? firstAndLast = null;
        if ((expected.First ?? expected.Last) is not null && !expected.Listing)
        {
            firstAndLast = true;
            foreach (var sentence in new[] { expected.First, expected.Last }.OfType<string>())
            {
                if (!body.Contains(SnippetBenchmark.Normalize(sentence), StringComparison.Ordinal))
                {
                    firstAndLast = false;
                    problems.Add($"body lacks '{sentence}'");
                }
            }
        }

        bool? noBoilerplate = null;
        if (expected.Boilerplate.Count > 0 && !expected.Listing)
        {
            var found = expected.Boilerplate.Where(b => body.Contains(SnippetBenchmark.Normalize(b), StringComparison.Ordinal)).ToList();
            noBoilerplate = found.Count == 0;
            problems.AddRange(found.Select(b => $"body holds boilerplate '{b}'"));
        }

        bool? captions = null;
        if (expected.Captions is { } wantCaptions)
        {
            var missing = wantCaptions.Where(c => !article.Captions.Any(a => SnippetBenchmark.Normalize(a).Contains(SnippetBenchmark.Normalize(c), StringComparison.Ordinal))).ToList();
            captions = missing.Count == 0;
            problems.AddRange(missing.Select(c => $"caption missing: '{c}'"));
        }

        var next = Compare("next page", expected.NextPage, article.NextPageUrl);
        if (expected.Canonical is not null)
        {
            Compare("url", expected.Canonical, article.Url);
        }

        return new PageCheck
        {
            Page = page,
            Title = title,
            Published = published,
            Authors = authors,
            FirstAndLast = firstAndLast,
            NoBoilerplate = noBoilerplate,
            Captions = captions,
            NextPage = next,
            Problems = problems,
        };
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC).Trim();
}
