using System.Text;

namespace Extractor.Testing;

/// <summary>Seeded generators of hostile text for property tests: random characters, domain-token soup, and mutations of real articles.</summary>
/// <remarks>Deterministic for a seed, so a failing case is reproduced by its seed and iteration number.</remarks>
public sealed class FuzzText(int seed)
{
    private const string Letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
    private const string Punctuation = ".,;:-–—/%()[]\"'“”‘’…!?*&+=#@";
    private const string Spaces = " \t\n\r\u00A0\u2009\u200B\u202F\u3000\u2028";

    /// <summary>Expressions the grammars read (dates, numbers, titles, names) and their near misses, as forms only.</summary>
    private static readonly string[] TokenForms =
    [
        "Sáng", "Chiều", "Tối", "ngày", "tháng", "năm", "quý I", "quý IV", "2-7", "12/3/2024", "31/12/2023", "29/2/2023", "32/13/2024", "0/0",
        "2-7-2024", "14:20", "25:61", "Đồng chí", "đồng chí", "ông", "bà", "Bí thư", "Phó Bí thư", "Tỉnh ủy viên", "Chủ tịch", "UBND tỉnh",
        "Ban Thường vụ", "Huyện ủy", "Đảng ủy Khối", "Nguyễn Văn", "Trần Thị", "Lê", "Hưng", "An", "hội nghị", "lễ", "kỳ họp", "Đại hội",
        "81,01%", "1.600", "1,5", "4,7 ngàn", "tỷ đồng", "triệu đồng", "126 đảng viên", "31/36", "hơn", "gần", "khoảng", "đạt", "tăng", "giảm",
        "99999999999999999999999999999999", "0,000000000000000000000000000001", "1.2.3.4", "%%", "-", "--", "1e308", "NaN", "∞", "½",
        "١٢٣", "１２３", "MCMXCIX", "XIV", "lần thứ", "nhiệm kỳ 2020-2025", "(", ")", "\"", "“", "”", "Tin, ảnh:", "MINH KHÔI", "T.LĨNH",
        "\n\n", "\n", ". ", ", ", ": ",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    /// <summary>Random characters: Vietnamese letters in both cases, digits, punctuation, odd spaces, combining marks, emoji, controls, and lone surrogates when asked.</summary>
    /// <remarks>Lone surrogates are not text (no decoder yields them, but a JSON <c>\ud800</c> escape does), so they are a case of their own.</remarks>
    public string Characters(int maxLength, bool loneSurrogates = false)
    {
        var length = _random.Next(0, maxLength + 1);
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var pick = _random.Next(100);
            text.Append(pick switch
            {
                < 45 => Letters[_random.Next(Letters.Length)].ToString(),
                < 55 => char.ToUpperInvariant(Letters[_random.Next(Letters.Length)]).ToString(),
                < 68 => ((char)('0' + _random.Next(10))).ToString(),
                < 78 => Punctuation[_random.Next(Punctuation.Length)].ToString(),
                < 90 => Spaces[_random.Next(Spaces.Length)].ToString(),
                < 94 => ((char)(0x0300 + _random.Next(0x30))).ToString(),
                < 96 => char.ConvertFromUtf32(0x1F300 + _random.Next(200)),
                < 97 when loneSurrogates => ((char)(0xD800 + _random.Next(0x800))).ToString(),
                < 97 => "\uFFFD",
                < 98 => ((char)_random.Next(0, 0x20)).ToString(),
                _ => ((char)_random.Next(0x20, 0xD800)).ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>A soup of domain tokens joined by random separators: grammars see their own expressions in odd orders.</summary>
    public string Tokens(int maxTokens)
    {
        var count = _random.Next(0, maxTokens + 1);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(_random.Next(10) == 0 ? Characters(6) : TokenForms[_random.Next(TokenForms.Length)]);
            text.Append(_random.Next(5) switch
            {
                0 => "",
                1 => ", ",
                2 => ". ",
                _ => " ",
            });
        }

        return text.ToString();
    }

    /// <summary>A mutation of <paramref name="text"/>: characters deleted, inserted, duplicated or swapped, spans cut or repeated, tokens spliced in.</summary>
    /// <remarks>An edit can split a surrogate pair; the halves left alone become U+FFFD unless <paramref name="loneSurrogates"/> keeps them.</remarks>
    public string Mutate(string text, int edits, bool loneSurrogates = false)
    {
        var result = new StringBuilder(text);
        for (var e = 0; e < edits; e++)
        {
            var at = result.Length == 0 ? 0 : _random.Next(result.Length);
            switch (_random.Next(7))
            {
                case 0 when result.Length > 0:
                    result.Remove(at, Math.Min(result.Length - at, _random.Next(1, 20)));
                    break;
                case 1:
                    result.Insert(at, Characters(8));
                    break;
                case 2 when result.Length > 0:
                    var length = Math.Min(result.Length - at, _random.Next(1, 200));
                    result.Insert(at, result.ToString(at, length));
                    break;
                case 3 when result.Length > 1 && at + 1 < result.Length:
                    (result[at], result[at + 1]) = (result[at + 1], result[at]);
                    break;
                case 4:
                    result.Insert(at, TokenForms[_random.Next(TokenForms.Length)]);
                    break;
                case 5 when result.Length > 0:
                    result.Length = at;
                    break;
                default:
                    result.Insert(at, ' ');
                    break;
            }
        }

        if (!loneSurrogates)
        {
            for (var i = 0; i < result.Length; i++)
            {
                if (char.IsHighSurrogate(result[i]) && i + 1 < result.Length && char.IsLowSurrogate(result[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(result[i]))
                {
                    result[i] = '\uFFFD';
                }
            }
        }

        return result.ToString();
    }

    /// <summary>Random bytes, or text bytes with random corruption.</summary>
    public byte[] Bytes(int maxLength)
    {
        if (_random.Next(2) == 0)
        {
            var bytes = new byte[_random.Next(0, maxLength + 1)];
            _random.NextBytes(bytes);
            return bytes;
        }

        var encoded = Encoding.UTF8.GetBytes(Tokens(maxLength / 8));
        for (var i = 0; i < encoded.Length / 20; i++)
        {
            encoded[_random.Next(encoded.Length)] = (byte)_random.Next(256);
        }

        return encoded;
    }

    /// <summary>Random markup: nested and unclosed tags, attributes, comments, entities, scripts, with text from <see cref="Tokens"/>.</summary>
    public string Markup(int maxElements)
    {
        string[] tags = ["div", "p", "span", "h1", "h2", "article", "section", "table", "tr", "td", "ul", "li", "a", "b", "i", "br", "img", "script", "style", "header", "footer", "nav", "time", "meta", "title", "body", "html", "head", "iframe", "svg", "noscript", "template", "figure", "figcaption"];
        var html = new StringBuilder(_random.Next(3) == 0 ? "<!DOCTYPE html>" : "");
        var open = new Stack<string>();
        var count = _random.Next(0, maxElements + 1);
        for (var i = 0; i < count; i++)
        {
            switch (_random.Next(8))
            {
                case 0 or 1 or 2:
                    var tag = tags[_random.Next(tags.Length)];
                    html.Append('<').Append(tag);
                    if (_random.Next(3) == 0)
                    {
                        html.Append(" class=\"").Append(Characters(5).Replace("\"", "", StringComparison.Ordinal)).Append('"');
                    }

                    if (_random.Next(6) == 0)
                    {
                        html.Append(" property=\"og:title\" content=\"").Append(Tokens(3).Replace("\"", "", StringComparison.Ordinal)).Append('"');
                    }

                    html.Append('>');
                    open.Push(tag);
                    break;
                case 3 when open.Count > 0:
                    html.Append("</").Append(open.Pop()).Append('>');
                    break;
                case 4:
                    html.Append(_random.Next(4) switch { 0 => "<!-- ", 1 => "&nbsp;", 2 => "&#x1F600;", _ => "&amp" });
                    break;
                default:
                    html.Append(Tokens(6));
                    break;
            }
        }

        while (open.Count > 0 && _random.Next(4) != 0)
        {
            html.Append("</").Append(open.Pop()).Append('>');
        }

        return html.ToString();
    }
}
