using Extractor.Html.Evaluation;
using Extractor.Html.Profiles;
using Extractor.Testing;

namespace Extractor.Html.Tests.Evaluation;

/// <summary>Every page of corpus/sites against its .expected.json, with the bundled profiles and with the generic extractor alone.</summary>
public class SiteFixtureTests
{
    private static readonly string Sites = Path.Combine(RepositoryPaths.Corpus, "sites");

    private static readonly HtmlArticleExtractor WithProfiles = new(SiteProfileSet.LoadFolders(Path.Combine(RepositoryPaths.Corpus, "profiles")));

    private static readonly HtmlArticleExtractor Generic = new(SiteProfileSet.Empty);

    /// <summary>The pages of corpus/sites and of the sites-blind sets (written blind, tuned on since: now regression sets).</summary>
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "sites", "sites-blind", "sites-blind-2", "sites-blind-3", "sites-blind-4", "sites-blind-5", "sites-blind-6", "sites-blind-7", "sites-blind-8", "sites-blind-9", "sites-blind-10" })
        {
            foreach (var (html, _) in PageFixtures.Find(Path.Combine(RepositoryPaths.Corpus, folder)))
            {
                data.Add(Path.GetRelativePath(RepositoryPaths.Corpus, html));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_fixture_page_gives_its_expected_article(string page)
    {
        var html = Path.Combine(RepositoryPaths.Corpus, page);
        var expected = PageExpectation.Parse(File.ReadAllText(html[..^".html".Length] + ".expected.json"));

        var article = WithProfiles.Read(File.ReadAllBytes(html), new HtmlPageHints { Url = expected.Url, Charset = expected.Charset });

        PageFixtures.Check(page, article, expected).Problems.Should().BeEmpty();
    }

    [Fact]
    public void The_fixtures_cover_at_least_six_site_families_with_listing_pages()
    {
        var pages = PageFixtures.Find(Sites);

        pages.Select(p => Path.GetFileName(Path.GetDirectoryName(p.Html))).Distinct().Should().HaveCountGreaterThanOrEqualTo(6);
        pages.Count(p => PageExpectation.Parse(File.ReadAllText(p.Expected)).Listing).Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void The_generic_extractor_alone_meets_the_targets_on_the_fixtures()
    {
        var report = PageFixtures.Run(Sites, Generic);

        report.Title.Share.Should().BeGreaterThanOrEqualTo(0.95);
        report.Published.Share.Should().BeGreaterThanOrEqualTo(0.95);
        report.FirstAndLast.Share.Should().BeGreaterThanOrEqualTo(0.90);
        report.NoBoilerplate.Share.Should().BeGreaterThanOrEqualTo(0.90);
    }
}
