namespace Extractor.Html.Evaluation;

/// <summary>The rates of a folder of fixture pages: title exact, published, first and last sentences, no boilerplate, authors.</summary>
public sealed record PageFixtureReport(IReadOnlyList<PageCheck> Pages)
{
    public Rate Title => RateOf(p => p.Title);

    public Rate Published => RateOf(p => p.Published);

    public Rate Authors => RateOf(p => p.Authors);

    public Rate FirstAndLast => RateOf(p => p.FirstAndLast);

    public Rate NoBoilerplate => RateOf(p => p.NoBoilerplate);

    public Rate Captions => RateOf(p => p.Captions);

    public Rate NextPage => RateOf(p => p.NextPage);

    private Rate RateOf(Func<PageCheck, bool?> check)
    {
        var checkedPages = Pages.Select(check).Where(v => v is not null).ToList();
        return new Rate(checkedPages.Count(v => v == true), checkedPages.Count);
    }

    /// <summary>Right out of checked.</summary>
    public readonly record struct Rate(int Right, int Checked)
    {
        public double Share => Checked == 0 ? 1 : (double)Right / Checked;

        public override string ToString() => $"{Share:P1} ({Right}/{Checked})";
    }
}
