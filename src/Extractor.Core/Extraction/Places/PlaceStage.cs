using Extractor.Documents;
using Extractor.Extraction.Officials;
using Extractor.Facts;
using Extractor.Pipeline;

namespace Extractor.Extraction.Places;

/// <summary>Sets an article's province and the places it names: the source site's province when the site is a provincial outlet, else the province the text names most.</summary>
/// <remarks>
/// The province is given in the layout in force on the publication date: an article from after 1 July 2025
/// about "tỉnh Bình Phước" belongs to Đồng Nai. Runs after the officials so a person's name is never a place.
/// Thread-safe.
/// </remarks>
public sealed class PlaceStage : IArticleProcessor
{
    private readonly Gazetteer _gazetteer;
    private readonly PlaceExtractor _extractor;

    public PlaceStage()
        : this(Gazetteer.Default, TitleLexicon.Default, SurnameLexicon.Default)
    {
    }

    public PlaceStage(Gazetteer gazetteer, TitleLexicon titles, SurnameLexicon surnames)
    {
        _gazetteer = gazetteer;
        _extractor = new PlaceExtractor(gazetteer, titles, surnames);
    }

    public string Name => "places";

    public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer> { ArticleLayer.NormalizedText };

    public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Places };

    public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = _extractor.Find(document);
        var places = found
            .Select(f => f.Place)
            .DistinctBy(p => (p.Name, p.Level))
            .ToArray();
        var date = document.Published?.Date;
        string? province = null;
        if (document.Source.Province is { Length: > 0 } site)
        {
            province = _gazetteer.FindProvince(site) is { } entry ? _gazetteer.ProvinceOn(entry, date) : site;
        }
        else
        {
            // The province named most, a name after a level word ("Tỉnh ủy Lâm Đồng") counting double; a district counts for its province.
            var best = found
                .Where(f => f.Entry is not null)
                .Select((f, order) => (Province: f.Entry!.Level == PlaceLevel.Province ? f.Entry : _gazetteer.FindProvince(f.Entry.Province), Weight: f.Marked ? 2 : 1, order))
                .Where(x => x.Province is not null)
                .GroupBy(x => x.Province!.Name)
                .Select(g => (Entry: g.First().Province!, Score: g.Sum(x => x.Weight), First: g.Min(x => x.order)))
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.First)
                .FirstOrDefault();
            province = best.Entry is null ? null : _gazetteer.ProvinceOn(best.Entry, date);
        }

        return document with { Province = province, Places = [.. places] };
    }
}
