using System.Text;
using Extractor.Storage.Queries;

namespace Extractor.Web.Pages;

/// <summary>An article with the evidence of every fact highlighted: names, figures, events.</summary>
internal static class ArticlePage
{
    public static string Render(ArticleView view)
    {
        var a = view.Article;
        var sb = new StringBuilder();
        sb.Append($"<h1>{Html.E(a.Title ?? a.Source)}</h1>");
        var facts = new[] { a.Published, a.Province, view.Authors.Count > 0 ? "by " + string.Join(", ", view.Authors) : null };
        sb.Append("<p class=\"muted\">").Append(Html.E(string.Join(" · ", facts.Where(f => !string.IsNullOrWhiteSpace(f)))));
        sb.Append("</p><p class=\"muted\">Source: ");
        sb.Append(string.Join(", ", view.Sources.Select(Source)));
        sb.Append("</p><p>Evidence: <mark class=\"ev-official\">official</mark> <mark class=\"ev-figure\">figure</mark> <mark class=\"ev-event\">event</mark></p>");
        sb.Append("<div class=\"article-text\" id=\"article-text\">").Append(Highlight(view.Text, view.Evidence)).Append("</div>");
        if (view.People.Count > 0)
        {
            sb.Append("<section><h2>People in this article</h2><ul>");
            foreach (var p in view.People)
            {
                sb.Append($"<li><a href=\"/people/{p.Id}\">{Html.E(p.Name)}</a> — {Html.E(string.Join("; ", p.Titles))}</li>");
            }

            sb.Append("</ul></section>");
        }

        return Html.Page(a.Title ?? a.Source, sb.ToString());
    }

    /// <summary>The text cut at every span boundary; each piece covered by spans is marked with their kinds, labels and links.</summary>
    internal static string Highlight(string text, IReadOnlyList<EvidenceSpan> spans)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var s in spans)
        {
            cuts.Add(s.Start);
            cuts.Add(s.End);
        }

        var sb = new StringBuilder(text.Length * 2);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var piece = Html.E(text[previous..cut]);
                var covering = spans.Where(s => s.Start <= previous && s.End >= cut).ToList();
                if (covering.Count == 0)
                {
                    sb.Append(piece);
                }
                else
                {
                    var kinds = string.Join(' ', covering.Select(s => "ev-" + s.Kind).Distinct());
                    var label = string.Join(" | ", covering.Select(s => $"{s.Kind}: {s.Label}").Distinct());
                    var marked = $"<mark class=\"{Html.E(kinds)}\" title=\"{Html.E(label)}\">{piece}</mark>";
                    var person = covering.FirstOrDefault(s => s.PersonId is not null)?.PersonId;
                    sb.Append(person is null ? marked : $"<a href=\"/people/{person}\">{marked}</a>");
                }
            }

            previous = cut;
        }

        return sb.ToString();
    }

    private static string Source(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Html.E(uri.AbsoluteUri)}\" rel=\"noreferrer noopener nofollow\">{Html.E(source)}</a>"
            : Html.E(source);
}
