using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Extractor.Web.Pages;

/// <summary>HTML building blocks: every piece of text goes through <see cref="E(string?)"/>, so article text with markup shows as text.</summary>
internal static class Html
{
    // All of Unicode passes so Vietnamese stays readable in the source; markup characters are always escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0 auto;max-width:64rem;padding:1rem;line-height:1.45;color:#222}
        header a{font-weight:bold;text-decoration:none;margin-right:1rem}
        form.search input[type=search]{width:60%;font-size:1.1rem;padding:.3rem}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
        .muted{color:#666}.article-text{white-space:pre-wrap;border-left:3px solid #eee;padding-left:1rem}
        mark.ev-official{background:#ffe08a}mark.ev-figure{background:#a8e6a1}mark.ev-event{background:#b5d3ff}
        mark.ev-official.ev-event,mark.ev-figure.ev-event{outline:1px solid #5b8bd9}
        section{margin-bottom:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc}
        """;

    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    public static string E(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string E(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A query-string value, encoded.</summary>
    public static string Q(string? value) => Uri.EscapeDataString(value ?? "");

    public static string Page(string title, string body)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").Append(E(title)).Append(" · Extractor</title><style>").Append(Style).Append("</style></head><body>");
        sb.Append("<header><a href=\"/\">Extractor</a><a href=\"/figures\">Figures</a></header><main>");
        sb.Append(body);
        sb.Append("</main></body></html>");
        return sb.ToString();
    }

    public static string SearchForm(string? q) =>
        $"""<form class="search" action="/" method="get" role="search"><input type="search" id="q" name="q" value="{E(q)}" maxlength="200" placeholder="pham minh chinh, ket nap dang vien …" autofocus> <button type="submit" id="search-button">Search</button></form>""";
}
