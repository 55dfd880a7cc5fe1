using System.Text;
using Extractor.Storage.Queries;

namespace Extractor.Web.Pages;

/// <summary>The home page: one search box; results grouped as people, figures, events and articles.</summary>
internal static class SearchPage
{
    public static string Render(string? q, SearchResults? results, StoreStatistics statistics)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>Search the facts</h1>");
        sb.Append(Html.SearchForm(q));
        sb.Append("<p class=\"muted\">Type with or without diacritics: “pham minh chinh” finds “Phạm Minh Chính”. ")
          .Append($"The store holds {statistics.Articles} articles, {statistics.People} people, {statistics.Figures} figures and {statistics.Events} events.</p>");
        if (results is null)
        {
            return Html.Page("Search", sb.ToString());
        }

        sb.Append("<section id=\"people\"><h2>People</h2>");
        if (results.People.Count == 0)
        {
            sb.Append("<p class=\"muted\">No one.</p>");
        }
        else
        {
            sb.Append("<ul>");
            foreach (var p in results.People)
            {
                sb.Append($"<li><a class=\"person\" href=\"/people/{p.Id}\">{Html.E(p.Name)}</a>");
                if (p.Titles.Count > 0)
                {
                    sb.Append(" — ").Append(Html.E(string.Join("; ", p.Titles)));
                }

                sb.Append($" <span class=\"muted\">({p.ArticleCount} {(p.ArticleCount == 1 ? "article" : "articles")}{Seen(p)})</span></li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</section><section id=\"figures\"><h2>Figures</h2>");
        if (results.Figures.Count == 0)
        {
            sb.Append("<p class=\"muted\">No figure.</p>");
        }
        else
        {
            sb.Append($"<p><a href=\"/figures?q={Html.Q(q)}\">All matching figures, with a chart and CSV</a></p><ul>");
            foreach (var f in results.Figures)
            {
                sb.Append($"<li><a href=\"/articles/{f.ArticleId}\">{Html.E(f.Text)}</a> <span class=\"muted\">{Html.E(f.Date)} {Html.E(f.Province)}</span> — {Html.E(f.Context)}</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</section><section id=\"events\"><h2>Events</h2>");
        if (results.Events.Count == 0)
        {
            sb.Append("<p class=\"muted\">No event.</p>");
        }
        else
        {
            sb.Append("<ul>");
            foreach (var e in results.Events)
            {
                sb.Append($"<li><a href=\"/articles/{e.ArticleId}\">{Html.E(e.Name)}</a> <span class=\"muted\">{Html.E(e.Date)} {Html.E(e.Organizer)}</span></li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</section><section id=\"articles\"><h2>Articles</h2>");
        sb.Append(ArticleList.Render(results.Articles));
        sb.Append("</section>");
        return Html.Page(string.IsNullOrWhiteSpace(q) ? "Search" : q, sb.ToString());
    }

    private static string Seen(PersonSummary p) =>
        p.FirstSeen is null ? "" : p.FirstSeen == p.LastSeen ? $", {Html.E(p.FirstSeen)}" : $", {Html.E(p.FirstSeen)} – {Html.E(p.LastSeen)}";
}
