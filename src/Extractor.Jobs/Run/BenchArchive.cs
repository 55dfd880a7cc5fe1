using System.Globalization;
using System.Text;

namespace Extractor.Jobs.Run;

/// <summary>Generates a benchmark archive of N pages from the project's own <c>corpus/</c> fixtures.</summary>
/// <remarks>
/// HTML pages are the fixture sites' pages (<c>corpus/sites/**.html</c>) or, where there are none, the corpus texts
/// in a portal-like page; each is padded with page furniture (menus, scripts, link lists) to about the requested
/// size, as real portal pages are. Text articles are corpus texts joined to about the requested word count.
/// Every page gets its own number in its headline so no two are identical.
/// </remarks>
internal sealed class BenchArchive(string corpusDirectory, int seed)
{
    private static readonly string[] Sections = ["Thời sự", "Xây dựng Đảng", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Nông thôn mới", "Thể thao", "Pháp luật"];

    private readonly Random _random = new(seed);

    public IReadOnlyList<string> Texts { get; } = LoadTexts(corpusDirectory);

    public IReadOnlyList<string> Pages { get; } = LoadPages(corpusDirectory);

    /// <summary>Writes <paramref name="count"/> HTML pages of about <paramref name="pageBytes"/> bytes; returns their total size.</summary>
    public long WriteHtml(string folder, int count, int pageBytes)
    {
        Directory.CreateDirectory(folder);
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            var page = Pages.Count > 0 ? Number(Pages[i % Pages.Count], i) : Portal(Texts[i % Texts.Count], i);
            var bytes = Encoding.UTF8.GetBytes(Pad(page, pageBytes));
            File.WriteAllBytes(Path.Combine(folder, $"p{i:D6}.html"), bytes);
            total += bytes.Length;
        }

        return total;
    }

    /// <summary>Writes <paramref name="count"/> text articles of about <paramref name="words"/> words; returns the words written.</summary>
    public long WriteText(string folder, int count, int words)
    {
        Directory.CreateDirectory(folder);
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            var first = Texts[i % Texts.Count].TrimEnd();
            var byline = first.LastIndexOf("\n\n", StringComparison.Ordinal);
            var text = new StringBuilder(byline > 0 ? first[..byline] : first);
            var have = CountWords(text.ToString());
            for (var k = 1; have < words; k++)
            {
                // Later pieces lose their dateline, headline and byline: they continue the body.
                var paragraphs = Texts[(i + k) % Texts.Count].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var body = paragraphs.Length > 3 ? paragraphs[2..^1] : paragraphs;
                text.Append("\n\n").AppendJoin("\n\n", body);
                have = CountWords(text.ToString());
            }

            text.Append(string.Create(CultureInfo.InvariantCulture, $"\n\n(Bài số {i})"));
            if (byline > 0)
            {
                text.Append(first[byline..]);
            }

            var article = text.ToString();
            File.WriteAllText(Path.Combine(folder, $"t{i:D6}.txt"), article, new UTF8Encoding(false));
            total += CountWords(article);
        }

        return total;
    }

    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letterOrDigit = !char.IsWhiteSpace(c);
            if (letterOrDigit && !inWord)
            {
                words++;
            }

            inWord = letterOrDigit;
        }

        return words;
    }

    private static string Number(string page, int i)
    {
        var at = page.IndexOf("</h1>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? page : page.Insert(at, string.Create(CultureInfo.InvariantCulture, $" ({i})"));
    }

    private static string Portal(string text, int i)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var stamp = "12/03/2024 14:20";
        if (lines.Count > 1 && char.IsAsciiDigit(lines[0][0]))
        {
            // The text's first line is its dateline: on a page it sits in the meta line under the headline.
            stamp = lines[0];
            lines.RemoveAt(0);
        }

        var html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(Escape(lines[0])).Append(" - Cổng thông tin</title>");
        html.Append("<meta property=\"og:title\" content=\"").Append(Escape(lines[0])).Append("\"></head><body>");
        html.Append("<header class=\"site-header\"><!--MENU--></header><main><article class=\"detail\">");
        html.Append("<h1 class=\"title\">").Append(Escape(lines[0])).Append(string.Create(CultureInfo.InvariantCulture, $" ({i})</h1>"));
        html.Append("<div class=\"meta\"><span class=\"date\">").Append(Escape(stamp)).Append("</span></div><div class=\"content\">");
        foreach (var line in lines.Skip(1))
        {
            html.Append("<p>").Append(Escape(line)).Append("</p>");
        }

        return html.Append("</div></article><!--RELATED--></main><footer><!--FOOTER--></footer></body></html>").ToString();
    }

    /// <summary>Adds page furniture before <c>&lt;/body&gt;</c> until the page is about <paramref name="bytes"/> bytes.</summary>
    private string Pad(string page, int bytes)
    {
        var furniture = new StringBuilder();
        var size = Encoding.UTF8.GetByteCount(page);
        while (size + Encoding.UTF8.GetByteCount(furniture.ToString()) < bytes)
        {
            furniture.Append(_random.Next(3) switch
            {
                0 => Menu(),
                1 => Script(),
                _ => Related(),
            });
        }

        var at = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? page + furniture : page.Insert(at, furniture.ToString());
    }

    private string Menu()
    {
        var html = new StringBuilder("<nav class=\"menu\"><ul>");
        foreach (var section in Sections)
        {
            html.Append("<li><a href=\"/chuyen-muc/").Append(_random.Next(1000, 9999)).Append("\">").Append(section).Append("</a><ul>");
            for (var k = 0; k < 6; k++)
            {
                html.Append("<li><a href=\"/tin/").Append(_random.Next(100000, 999999)).Append(".html\">").Append(section).Append(' ').Append(k + 1).Append("</a></li>");
            }

            html.Append("</ul></li>");
        }

        return html.Append("</ul></nav>").ToString();
    }

    private string Script()
    {
        var js = new StringBuilder("<script type=\"text/javascript\">(function(w,d){var cfg={");
        for (var k = 0; k < 40; k++)
        {
            js.Append("k").Append(k).Append(":'").Append(_random.Next()).Append("',");
        }

        js.Append("};w.__cfg=cfg;for(var i=0;i<10;i++){if(d.getElementById('a'+i)){d.getElementById('a'+i).className+=' on';}}})(window,document);</script>");
        return js.Append("<style>.menu li{display:inline-block;padding:4px 8px}.detail p{line-height:1.6;margin:0 0 12px}</style>").ToString();
    }

    private string Related()
    {
        var html = new StringBuilder("<aside class=\"related\"><h3>Tin liên quan</h3><ul>");
        for (var k = 0; k < 10; k++)
        {
            html.Append("<li><a href=\"/tin/").Append(_random.Next(100000, 999999)).Append(".html\"><img src=\"/anh/").Append(_random.Next())
                .Append(".jpg\" alt=\"\">").Append(Sections[_random.Next(Sections.Length)]).Append(": bản tin số ").Append(_random.Next(1, 500))
                .Append("</a><span class=\"time\">").Append(_random.Next(1, 28)).Append("/0").Append(_random.Next(1, 9)).Append("/2024</span></li>");
        }

        return html.Append("</ul></aside>").ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static List<string> LoadTexts(string corpus)
    {
        var texts = new List<string>();
        foreach (var folder in new[] { "sample" })
        {
            var path = Path.Combine(corpus, folder);
            if (Directory.Exists(path))
            {
                texts.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .Select(File.ReadAllText).Where(t => t.Trim().Length > 0).Select(t => t.Replace("\r\n", "\n", StringComparison.Ordinal)));
            }
        }

        if (texts.Count == 0)
        {
            throw new RunSourceException($"no corpus texts found under {corpus}/sample to build the benchmark archive from");
        }

        return texts;
    }

    private static List<string> LoadPages(string corpus)
    {
        var path = Path.Combine(corpus, "sites");
        return Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*.htm*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : [];
    }
}
