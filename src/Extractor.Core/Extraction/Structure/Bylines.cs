using Extractor.Documents;
using Extractor.Facts;
using Extractor.Normalization.Unicode;

namespace Extractor.Extraction.Structure;

/// <summary>Reads a byline line: one or more names as written ("THÀNH NAM", "N.Mai", "T.LĨNH - V.ANH", "Tin, ảnh: HẠNH CHÂU").</summary>
/// <remarks>A photo credit ("Ảnh: Công Luận") is not a byline. A title after a dash ("Đỗ Thuần – Bí thư Chi bộ …") is dropped.</remarks>
internal static class Bylines
{
    private const int MaxWords = 5;
    private const int MaxLength = 40;
    private static readonly PageFurnitureLexicon Lexicon = PageFurnitureLexicon.Default;

    /// <summary>The names of the byline that <paramref name="span"/> of <paramref name="text"/> is, or none when it is not one.</summary>
    public static IReadOnlyList<Author> Read(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        Trim(text, ref start, ref end);
        if (end - start < 2 || end - start > 120)
        {
            return [];
        }

        var lineStart = start;
        var lower = Lowercase.Of(text[start..end]);
        if (Lexicon.StartsWith("photo-credit", lower) > 0)
        {
            return [];
        }

        if (Lexicon.IsWhole("group-byline", lower))
        {
            return [new Author(text[start..end], new TextSpan(start, end))];
        }

        if (IsSourceCredit(lower))
        {
            // "Theo Hải Yến (Báo Vĩnh Phúc)": a reporter credited with the outlet in parentheses wrote the article; "Theo TTXVN",
            // "Theo Thanh Niên" (a paper's name looks like a person's) name only the source.
            var source = Lexicon.StartsWith("source-credit", lower);
            if (!IsCreditedReporter(text, start + source, end))
            {
                return [];
            }

            start += source;
            Trim(text, ref start, ref end);
        }

        var credit = Lexicon.StartsWith("author-credit", lower);
        if (credit > 0)
        {
            start += credit;
            Trim(text, ref start, ref end);
        }

        // "Tin: Minh Anh - Ảnh: Hoàng Long": the photo credit after the names credits a photographer, not an author.
        var photoAt = Lexicon.Find("photo-credit", lower[(start - lineStart)..]).Index;
        if (photoAt > 0)
        {
            end = start + photoAt;
            Trim(text, ref start, ref end);
        }

        // "Bảo Trâm/TTXVN": a news agency's initials after a slash name the outlet, not a second writer.
        var slash = text.LastIndexOf('/', end - 1, end - start);
        if (slash > start && end - slash - 1 is >= 2 and <= MaxAgencyLetters && text[(slash + 1)..end].All(char.IsUpper)
            && IsName(text[start..slash].Trim()))
        {
            end = slash;
            Trim(text, ref start, ref end);
        }

        // "Thu Thảo (Báo Điện Biên Phủ)", "MINH ANH (TTXVN)": the outlet in parentheses after the names is not a name.
        if (end > start && text[end - 1] == ')')
        {
            var open = text.LastIndexOf('(', end - 1, end - start);
            if (open > start)
            {
                end = open;
                Trim(text, ref start, ref end);
            }
        }

        var authors = new List<Author>();
        var pieceStart = start;
        while (pieceStart < end)
        {
            var dash = FindSpacedDash(text, pieceStart, end);
            var pieceEnd = dash < 0 ? end : dash;
            var s = pieceStart;
            var e = pieceEnd;
            Trim(text, ref s, ref e);
            var name = text[s..e];
            if (!IsName(name))
            {
                break;
            }

            authors.Add(new Author(name, new TextSpan(s, e)));
            if (dash < 0)
            {
                break;
            }

            pieceStart = dash + 1;
        }

        return authors;
    }

    /// <summary>"Theo TTXVN", "Nguồn: Báo Nhân Dân": a line naming the source the article was taken from; the source is not its author.</summary>
    private static bool IsSourceCredit(string lower) => Lexicon.StartsWith("source-credit", lower) > 0;

    /// <summary>"Hải Yến (Báo Vĩnh Phúc)" after "Theo": a person's name followed by the outlet in parentheses.</summary>
    private static bool IsCreditedReporter(string text, int start, int end)
    {
        Trim(text, ref start, ref end);
        if (end <= start || text[end - 1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(', end - 1, end - start);
        if (open <= start)
        {
            return false;
        }

        var nameEnd = open;
        Trim(text, ref start, ref nameEnd);
        var name = text[start..nameEnd];
        return name.Contains(' ', StringComparison.Ordinal) && IsName(name);
    }

    /// <summary>
    /// "TỈNH ĐOÀN SƠN LA", "UBND XÃ QUỲNH LÂM", "Báo Đắk Nông", "TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "THỨ HAI": a body, an
    /// administrative unit, an outlet, a signature block's line or a weekday; capitalised like a name but no one's name.
    /// </summary>
    public static bool IsOrganizationOrRole(string lower)
    {
        if (Lexicon.StartsWith("organization", lower) > 0 || Lexicon.StartsWith("role", lower) > 0 || Lexicon.IsWhole("weekday", lower))
        {
            return true;
        }

        var marker = Lexicon.StartsWith("signature-marker", lower);
        if (marker == 0)
        {
            return false;
        }

        var rest = lower[marker..].TrimStart(' ', '.', ':');
        return Lexicon.StartsWith("organization", rest) > 0 || Lexicon.StartsWith("role", rest) > 0;
    }

    /// <summary>The most letters of an agency's initials after a slash ("TTXVN", "VNA").</summary>
    private const int MaxAgencyLetters = 6;

    private static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '|' or '-' or '–' or '—' or ':' or ','))
        {
            start++;
        }

        // "Bài: Thu Hà; ảnh: Minh Đức": a semicolon may close the names before the photo credit.
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '|' or '-' or '–' or '—' or ':' or ',' or '.' or ';' or '/'))
        {
            end--;
        }

        // Keep the dot of initials at the end ("H.H."), not a sentence's full stop after a long name.
        if (end < text.Length && text[end] == '.' && end - start <= 3)
        {
            end++;
        }
    }

    /// <summary>True when a byline line is a name, a spaced dash and the writer's office or body ("Kim Oanh - Ban Tuyên giáo …").</summary>
    public static bool SignsWithOffice(string text, TextSpan line)
    {
        var dash = FindSpacedDash(text, line.Start, line.End);
        if (dash < 0 || !IsName(text[line.Start..dash].Trim()))
        {
            return false;
        }

        var office = Lowercase.Of(text[(dash + 1)..line.End].Trim());
        return office.Length > 0 && IsOrganizationOrRole(office);
    }

    private static int FindSpacedDash(string text, int start, int end)
    {
        for (var i = start + 1; i < end - 1; i++)
        {
            if (text[i] is '-' or '–' or '—' && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A person's name as bylines print it: capitalised or all-capital words, or initials; no digits, no lowercase words.</summary>
    public static bool IsName(string name)
    {
        if (name.Length < 2 || name.Length > MaxLength || name.Any(char.IsDigit))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            return false;
        }

        var lower = Lowercase.Of(string.Join(' ', words));
        if (Lexicon.IsWhole("line", lower) || Lexicon.IsWhole("section", lower) || Lexicon.IsWhole("dateline-prefix", lower)
            || IsOrganizationOrRole(lower))
        {
            return false;
        }

        var allCaps = true;
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || word.Any(c => !char.IsLetter(c) && c is not ('.' or '\'' or '’')))
            {
                return false;
            }

            var letters = word.Where(char.IsLetter).ToArray();
            var wordCaps = letters.All(char.IsUpper);
            allCaps &= wordCaps;
            if (!wordCaps && !IsCapitalised(word))
            {
                return false;
            }
        }

        // "CÔNG AN BÌNH DƯƠNG", "QUẢNG NAM ONLINE": a site's name in capitals opens or closes with an outlet word; not an author.
        if (allCaps && words.Length > 1 && (Lexicon.StartsWith("outlet-word", lower) > 0 || Lexicon.EndsWith("outlet-word", lower) > 0))
        {
            return false;
        }

        if (words.Length == 1)
        {
            // "TM", "H.H", "N.Mai", "K'Thuận": a single word is a byline only in capitals, as initials, or as an
            // ethnic-minority name whose prefix is joined by an apostrophe (a bare capitalised word is too often a heading).
            return (allCaps && name.Count(char.IsLetter) >= 2) || name.Contains('.', StringComparison.Ordinal)
                || IsApostropheName(name);
        }

        return true;
    }

    /// <summary>"K'Thuận", "H’Hen": a capital letter, an apostrophe (straight or curly), then a capitalised name.</summary>
    private static bool IsApostropheName(string word)
    {
        var at = word.IndexOfAny(['\'', '’']);
        return at > 0 && at < word.Length - 2 && char.IsUpper(word[at + 1]) && word.Count(char.IsLetter) >= 3;
    }

    /// <summary>"Minh", "N.Mai", "K'Thuận": an upper-case letter starting each dotted or apostrophe-joined part, lower-case after it.</summary>
    private static bool IsCapitalised(string word)
    {
        foreach (var part in word.Split(['.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(part[0]) || part.Skip(1).Any(c => char.IsLetter(c) && !char.IsLower(c)))
            {
                return false;
            }
        }

        return true;
    }
}
