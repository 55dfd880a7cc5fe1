using System.Text;
using Extractor.Storage.Queries;

namespace Extractor.Web.Pages;

/// <summary>A person's page: the offices they were seen holding over time, and the articles that show them.</summary>
internal static class PersonPage
{
    public static string Render(PersonProfile profile)
    {
        var p = profile.Person;
        var sb = new StringBuilder();
        sb.Append($"<h1 id=\"person-name\">{Html.E(p.Name)}</h1>");
        sb.Append($"<p class=\"muted\">{Html.E(p.Province)} · seen in {p.ArticleCount} {(p.ArticleCount == 1 ? "article" : "articles")}");
        if (p.FirstSeen is not null)
        {
            sb.Append($" · from {Html.E(p.FirstSeen)} to {Html.E(p.LastSeen)}");
        }

        sb.Append("</p><section><h2>Offices over time</h2>");
        if (profile.Timeline.Count == 0)
        {
            sb.Append("<p class=\"muted\">No title was given in the articles.</p>");
        }
        else
        {
            sb.Append("<table id=\"timeline\"><thead><tr><th>Title</th><th>First seen</th><th>Last seen</th><th>Articles</th></tr></thead><tbody>");
            foreach (var t in profile.Timeline)
            {
                sb.Append($"<tr><td class=\"title\">{Html.E(t.Title)}</td><td>{Html.E(t.From)}</td><td>{Html.E(t.To)}</td><td>{t.ArticleCount}</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        sb.Append("</section><section><h2>Articles</h2><table><thead><tr><th>Published</th><th>Article</th><th>Titles given</th></tr></thead><tbody>");
        foreach (var a in profile.Appearances)
        {
            sb.Append($"<tr><td>{Html.E(a.Article.Published)}</td><td><a href=\"/articles/{a.Article.Id}\">{Html.E(a.Article.Title ?? a.Article.Source)}</a></td><td>{Html.E(string.Join("; ", a.Titles))}</td></tr>");
        }

        sb.Append("</tbody></table></section>");
        return Html.Page(p.Name, sb.ToString());
    }
}
