using System.Text;

namespace Extractor.Jobs.Tests.Hostile;

/// <summary>The hostile-input battery of issue 10: files an archive may hold that are not clean UTF-8 articles.</summary>
/// <remarks>Each case is a file name (its extension decides how it is read) and its bytes; <c>Expect</c> is a word
/// the record's errors must contain, or null when a best-effort result (text, no crash) is the right answer.</remarks>
internal static class HostileInputs
{
    public const string Vietnamese =
        "Sáng 2-7, Đảng ủy Khối tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm. Đồng chí Nguyễn Văn An, "
        + "Tỉnh ủy viên, Bí thư Đảng ủy Khối chủ trì hội nghị. Toàn Đảng bộ kết nạp 126 đảng viên, đạt 81,01% kế hoạch.";

    static HostileInputs() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IEnumerable<(string Name, Func<byte[]> Bytes, string? Expect)> Small()
    {
        yield return ("empty.txt", () => [], "empty");
        yield return ("empty.html", () => [], "empty");
        yield return ("whitespace.txt", () => "  \n\t\r\n  "u8.ToArray(), null);
        yield return ("report.pdf.txt", () => [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n"u8, 0, 1, 2, 0xFF], "PDF");
        yield return ("photo.html", () => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x02, 0x03], "JPEG");
        yield return ("bundle.htm", () => [.. "PK\x03\x04"u8, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, .. Random(200, 7)], "ZIP");
        yield return ("noise.txt", () => Random(4096, 11), null);
        yield return ("invalid-utf8.txt", () => [.. Encoding.UTF8.GetBytes(Vietnamese[..40]), 0xC3, 0x28, 0xE2, 0x82, .. Encoding.UTF8.GetBytes(Vietnamese[40..])], null);
        yield return ("utf16-bom.txt", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Vietnamese)], null);
        yield return ("utf16-no-bom.txt", () => Encoding.Unicode.GetBytes(Vietnamese), null);
        yield return ("utf16be-bom.html", () => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes($"<html><body><h1>Tin</h1><p>{Vietnamese}</p></body></html>")], null);
        yield return ("windows-1258.txt", () => Windows1258(Vietnamese), null);
        yield return ("tcvn3.txt", () => Encoding.Latin1.GetBytes("Céng hoµ x· héi chñ nghÜa ViÖt Nam. §¶ng bé tØnh tæ chøc héi nghÞ."), null);
        yield return ("vni.txt", () => Encoding.Latin1.GetBytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñaûng boä tænh toå chöùc hoäi nghò."), null);
        yield return ("nfd.txt", () => Encoding.UTF8.GetBytes(Vietnamese.Normalize(NormalizationForm.FormD)), null);
        yield return ("script-style-only.html", () => "<html><head><style>body{color:red}</style><script>var a='<p>x</p>';</script></head><body><script>for(;;){}</script><style>p{}</style></body></html>"u8.ToArray(), null);
        yield return ("english.txt", () => "The quick brown fox jumps over the lazy dog. Revenue rose 12% to $4.5 million in 2023."u8.ToArray(), null);
        yield return ("control-chars.txt", () => Encoding.UTF8.GetBytes("Hội nghị\u0001\u0002\u200B\uFEFF\u202E đảng viên \uFFFD\uD800x 12,5% \u0000"), null);
        yield return ("unclosed.html", () => Encoding.UTF8.GetBytes("<html><body><h1>Tin <p>" + Vietnamese + "<div><table><tr><td><p><b><i>"), null);
        yield return ("broken.warc", () => "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n"u8.ToArray(), null);
        yield return ("garbage.jsonl", () => "{\"source_file\":1,\"text\":[]}\n{not json\n{\"text\":\"Sáng 2-7, hội nghị.\",\"source_file\":\"b-garbage.jsonl#3\"}\n"u8.ToArray(), null);
    }

    /// <summary>A page nested <paramref name="depth"/> elements deep around one paragraph.</summary>
    public static byte[] Nested(int depth)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        html.Append("<p>").Append(Vietnamese).Append("</p>");
        for (var i = depth - 1; i >= 0; i--)
        {
            html.Append(i % 2 == 0 ? "</div>" : "</span>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    /// <summary>An HTML page of about <paramref name="bytes"/> bytes of paragraphs.</summary>
    public static byte[] HugePage(int bytes)
    {
        var paragraph = "<p>" + Vietnamese + "</p>\n";
        var html = new StringBuilder(bytes + 1024).Append("<html><head><title>Tin</title></head><body><h1>Tin dài</h1>");
        while (html.Length * 1.2 < bytes)
        {
            html.Append(paragraph);
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    /// <summary>About <paramref name="bytes"/> bytes of Vietnamese text with no line break.</summary>
    public static byte[] SingleLine(int bytes)
    {
        var text = new StringBuilder(bytes);
        while (text.Length * 1.2 < bytes)
        {
            text.Append(Vietnamese).Append(' ');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Windows-1258 as Vietnamese Windows wrote it: letters with their shape (â, ơ, ư …) precomposed, tone marks as separate combining bytes.</summary>
    public static byte[] Windows1258(string text)
    {
        var encoding = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var s = c.ToString();
            try
            {
                bytes.AddRange(encoding.GetBytes(s));
                continue;
            }
            catch (EncoderFallbackException)
            {
                // Split off the tone mark below.
            }

            var parts = s.Normalize(NormalizationForm.FormD);
            var tones = new StringBuilder();
            var shape = new StringBuilder();
            foreach (var p in parts)
            {
                (p is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323' ? tones : shape).Append(p);
            }

            bytes.AddRange(encoding.GetBytes(shape.ToString().Normalize(NormalizationForm.FormC) + tones));
        }

        return [.. bytes];
    }

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
