using System.Text;
using Extractor.Storage.Queries;

namespace Extractor.Web.Pages;

/// <summary>A list of article links with date and province.</summary>
internal static class ArticleList
{
    public static string Render(IReadOnlyList<ArticleSummary> articles)
    {
        if (articles.Count == 0)
        {
            return "<p class=\"muted\">No article.</p>";
        }

        var sb = new StringBuilder("<ul>");
        foreach (var a in articles)
        {
            sb.Append($"<li><a class=\"article\" href=\"/articles/{a.Id}\">{Html.E(a.Title ?? a.Source)}</a> <span class=\"muted\">{Html.E(a.Published)} {Html.E(a.Province)}</span></li>");
        }

        return sb.Append("</ul>").ToString();
    }
}
