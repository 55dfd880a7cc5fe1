using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Extractor.Documents;
using Extractor.Facts;
using Extractor.Normalization;
using Extractor.Normalization.Dates;
using Extractor.Normalization.Unicode;

namespace Extractor.Extraction.Structure;

/// <summary>The layout of a captured text page: its lines classified, and the headline, dateline, bylines and furniture read from them.</summary>
/// <remarks>
/// The header is every line before the first paragraph of prose; the tail is what follows the last one. Datelines and bylines are
/// looked for only there, so a date in the lead ("Sáng nay (19/7)", "Ngày 03/10/2025, …") is an event date, never a dateline.
/// Immutable; computed per document by the structure stages.
/// </remarks>
internal sealed partial class PageLayout
{
    private const int MaxHeaderLines = 25;
    private static readonly PageFurnitureLexicon Lexicon = PageFurnitureLexicon.Default;

    /// <summary>Layouts already read, per text instance (held only while the text lives).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, PageLayout> Analyzed = new();

    private PageLayout(ImmutableArray<PageLine> lines) => Lines = lines;

    public ImmutableArray<PageLine> Lines { get; }

    public Dateline? Dateline { get; private init; }

    public ImmutableArray<Author> Authors { get; private init; } = [];

    public string? Title { get; private init; }

    public TextSpan? TitleSpan { get; private init; }

    public ImmutableArray<TextSpan> Furniture { get; private init; } = [];

    /// <summary>The signature blocks that close a notice or schedule: the offices printed above the signer's name.</summary>
    public ImmutableArray<SignatureBlock> Signatures { get; private init; } = [];

    /// <summary>The layout of a text, read once per text instance: the headline, dateline, byline, furniture and event stages all ask for it.</summary>
    public static PageLayout Analyze(string text) => Analyzed.GetValue(text, Read);

    private static PageLayout Read(string text)
    {
        var lines = SplitLines(text);
        var signatures = MarkSignatures(lines);
        var firstBody = lines.FindIndex(l => l.Kind == PageLineKind.Body);
        var headerEnd = firstBody < 0 ? Math.Min(lines.Count, 8) : Math.Min(firstBody, MaxHeaderLines);
        var tailCut = lines.Count;
        for (var i = Math.Max(0, firstBody); i < lines.Count; i++)
        {
            if (lines[i].Kind == PageLineKind.TailMarker)
            {
                tailCut = i;
                break;
            }
        }

        var lastBody = lines.FindLastIndex(tailCut - 1, tailCut, l => l.Kind == PageLineKind.Body);
        var tailStart = Math.Max(lastBody + 1, headerEnd);

        bool InHeaderOrTail(int i) => i < headerEnd || (i >= tailStart && i < tailCut);

        Dateline? dateline = null;
        var authors = ImmutableArray.CreateBuilder<Author>();
        var authorKeys = new HashSet<string>(StringComparer.Ordinal);
        var furniture = ImmutableArray.CreateBuilder<TextSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!InHeaderOrTail(i))
            {
                continue;
            }

            if (line.Dateline is { } d && dateline is null)
            {
                dateline = d;
            }

            if (line.Kind is PageLineKind.Dateline or PageLineKind.Byline)
            {
                foreach (var author in line.Authors)
                {
                    if (authorKeys.Add(SearchKey.Of(author.Name)))
                    {
                        authors.Add(author);
                    }
                }

                furniture.Add(line.Span);
            }
        }

        // "… Tin cùng chuyên mục / (links) / Nguyễn Thị Kim Oanh - Ban Tuyên giáo Ủy ban MTTQ tỉnh": a byline with the writer's office
        // may close the page after the tail lists; it is read there only in that form, as a link's headline never takes it.
        if (authors.Count == 0 && tailCut < lines.Count && lines.FindLastIndex(l => l.Kind != PageLineKind.Blank) is var last && last > tailCut
            && lines[last] is { Kind: PageLineKind.Byline } closing && Bylines.SignsWithOffice(text, closing.Span))
        {
            authors.AddRange(closing.Authors);
            furniture.Add(closing.Span);
        }

        // Furniture: chrome lines, the tail lists, related-link runs, repeated lines (captions printed twice, a lead printed twice), photo credits.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inRelated = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            inRelated = inRelated ? line.Kind != PageLineKind.Body : IsRelatedHeading(line);
            if (line.Kind is PageLineKind.Chrome || (line.Kind == PageLineKind.TailMarker && i < tailCut) || inRelated)
            {
                furniture.Add(line.Span);
            }
            else if (line.Kind != PageLineKind.Blank && line.Text.Length >= 12 && !seen.Add(line.Text))
            {
                furniture.Add(line.Span);
            }

            if (CreditSpan(line) is { } credit)
            {
                furniture.Add(credit);
            }
        }

        if (tailCut < lines.Count)
        {
            furniture.Add(new TextSpan(lines[tailCut].Span.Start, text.Length));
        }

        var (title, titleSpan) = FindTitle(lines, headerEnd);
        return new PageLayout([.. lines])
        {
            Dateline = dateline,
            Authors = authors.ToImmutable(),
            Title = title,
            TitleSpan = titleSpan,
            Furniture = furniture.ToImmutable(),
            Signatures = signatures,
        };
    }

    private const int MaxSignatureLines = 8;

    /// <summary>
    /// Finds signature blocks and marks their lines <see cref="PageLineKind.Signature"/>, so none is read as a byline. A block opens with
    /// a marker and the body or office signed for ("TL. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH") or with an office alone in capitals
    /// ("CHÁNH VĂN PHÒNG"); more offices, the "(Đã ký)" note and blank lines may follow, and the signer's name closes it.
    /// An office alone (not a body's name) opens a block only when the note or a name follows, since a heading may be an office too.
    /// </summary>
    private static ImmutableArray<SignatureBlock> MarkSignatures(List<PageLine> lines)
    {
        var blocks = ImmutableArray.CreateBuilder<SignatureBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var opening = SignatureLine(lines[i]);
            if (opening is not (SignatureLineKind.Marker or SignatureLineKind.Office)
                || (opening == SignatureLineKind.Office && Lexicon.StartsWith("role", Lowercase.Of(lines[i].Text)) == 0))
            {
                // A body's name in capitals ("TỈNH ỦY …") opens a masthead more often than a signature block.
                continue;
            }

            var offices = new List<TextSpan>();
            TextSpan? signedFor = null;
            TextSpan? signer = null;
            var noted = false;
            var last = i;
            var k = i;
            for (; k < lines.Count && k - i < MaxSignatureLines; k++)
            {
                var line = lines[k];
                var kind = k == i ? opening : SignatureLine(line);
                if (kind == SignatureLineKind.Blank)
                {
                    continue;
                }

                if (kind == SignatureLineKind.Marker)
                {
                    if (k > i)
                    {
                        break;
                    }

                    signedFor = AfterMarker(line);
                }
                else if (kind == SignatureLineKind.Office)
                {
                    offices.Add(line.Span);
                }
                else if (kind == SignatureLineKind.Note)
                {
                    noted = true;
                }
                else if (kind == SignatureLineKind.Name)
                {
                    signer = line.Span;
                    last = k;
                    break;
                }
                else
                {
                    break;
                }

                last = k;
            }

            if (opening == SignatureLineKind.Office && !noted && signer is null)
            {
                continue;
            }

            for (var m = i; m <= last; m++)
            {
                if (lines[m].Kind != PageLineKind.Blank)
                {
                    lines[m] = new PageLine(lines[m].Span, lines[m].Text, PageLineKind.Signature);
                }
            }

            blocks.Add(new SignatureBlock(new TextSpan(lines[i].Span.Start, lines[last].Span.End), signedFor, [.. offices], signer));
            i = last;
        }

        return blocks.ToImmutable();
    }

    private enum SignatureLineKind
    {
        Other,
        Blank,
        Marker,
        Office,
        Note,
        Name,
    }

    private static SignatureLineKind SignatureLine(PageLine line)
    {
        if (line.Kind == PageLineKind.Blank)
        {
            return SignatureLineKind.Blank;
        }

        if (line.Kind == PageLineKind.Body || line.Text.Length > 80)
        {
            return SignatureLineKind.Other;
        }

        var lower = Collapse(Lowercase.Of(line.Text)).Trim();
        if (Lexicon.IsWhole("signature-note", lower) || Lexicon.IsWhole("signature-note", lower.Trim('(', ')', '[', ']', ' ', '.')))
        {
            return SignatureLineKind.Note;
        }

        var marker = Lexicon.StartsWith("signature-marker", lower);
        if (marker > 0)
        {
            var rest = lower[marker..].TrimStart(' ', '.', ':');
            return Lexicon.StartsWith("organization", rest) > 0 || Lexicon.StartsWith("role", rest) > 0
                ? SignatureLineKind.Marker
                : SignatureLineKind.Other;
        }

        if (!line.Text.Any(char.IsLower) && (Lexicon.StartsWith("role", lower) > 0 || Lexicon.StartsWith("organization", lower) > 0))
        {
            return SignatureLineKind.Office;
        }

        return Bylines.IsName(line.Text) ? SignatureLineKind.Name : SignatureLineKind.Other;
    }

    /// <summary>"BAN THƯỜNG VỤ" of "TL. BAN THƯỜNG VỤ": the body or office the block signs for.</summary>
    private static TextSpan AfterMarker(PageLine line)
    {
        var lower = Lowercase.Of(line.Text);
        var at = Lexicon.StartsWith("signature-marker", lower);
        while (at < line.Text.Length && line.Text[at] is ' ' or '.' or ':')
        {
            at++;
        }

        return new TextSpan(line.Span.Start + at, line.Span.End);
    }

    /// <summary>
    /// The headline: the last headline-like line before the first dateline or byline that follows one, else the last in the header.
    /// When that line only names the site or the body running it ("Hội Chữ thập đỏ tỉnh Nghệ An", "BÁO CÔNG AN ĐẮK LẮK"), the
    /// headline is the first other headline-like line after the dateline, else the last other one before it.
    /// </summary>
    private static (string? Title, TextSpan? Span) FindTitle(List<PageLine> lines, int headerEnd)
    {
        var lastCandidate = -1;
        var stop = headerEnd;
        for (var i = 0; i < headerEnd; i++)
        {
            var kind = lines[i].Kind;
            if (kind == PageLineKind.Candidate)
            {
                lastCandidate = i;
            }
            else if (kind is PageLineKind.Dateline or PageLineKind.Byline && lastCandidate >= 0)
            {
                stop = i;
                break;
            }
        }

        if (lastCandidate < 0)
        {
            return (null, null);
        }

        if (IsSiteName(lines[lastCandidate].Text))
        {
            var after = Enumerable.Range(stop, headerEnd - stop)
                .FirstOrDefault(i => lines[i].Kind == PageLineKind.Candidate && !IsSiteName(lines[i].Text), -1);
            var before = Enumerable.Range(0, lastCandidate)
                .LastOrDefault(i => lines[i].Kind == PageLineKind.Candidate && !IsSiteName(lines[i].Text), -1);
            lastCandidate = after >= 0 ? after : before >= 0 ? before : lastCandidate;
        }

        var line = lines[lastCandidate];
        var start = line.Span.Start;
        var value = line.Text;
        var tag = AgencyTag().Match(value);
        if (tag.Success)
        {
            start += tag.Length;
            value = value[tag.Length..];
        }

        var suffix = Lexicon.EndsWith("suffix", Lowercase.Of(value));
        if (suffix > 0 && suffix < value.Length)
        {
            value = value[..^suffix].TrimEnd();
        }

        return value.Length == 0 ? (null, null) : (value, TextSpan.FromLength(start, value.Length));
    }

    private static List<PageLine> SplitLines(string text)
    {
        var lines = new List<PageLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = start;
            var e = end;
            while (s < e && IsSpace(text[s]))
            {
                s++;
            }

            while (e > s && IsSpace(text[e - 1]))
            {
                e--;
            }

            if (lines.Count == 0 && DateMarker().Match(text, s, e - s) is { Success: true } marker)
            {
                // " date 2025-09-08 Headline…": the capture's dateline marker, then the rest of the line.
                var markerEnd = s + marker.Length;
                lines.Add(ClassifyMarker(text, s, markerEnd, marker));
                s = markerEnd;
                while (s < e && IsSpace(text[s]))
                {
                    s++;
                }
            }

            if (s < e || lines.Count == 0 || end < text.Length)
            {
                lines.Add(Classify(text, new TextSpan(s, e)));
            }

            start = end + 1;
        }

        return lines;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD';

    private static PageLine ClassifyMarker(string text, int start, int end, Match marker)
    {
        var date = DateExpressionParser.ParseReference(marker.Groups["date"].Value);
        var span = new TextSpan(start, end);
        return new PageLine(span, text[start..end], date is { } d ? PageLineKind.Dateline : PageLineKind.Chrome)
        {
            Dateline = date is { } value ? new Dateline(new PublicationTime(value, null), span) : null,
        };
    }

    private static PageLine Classify(string text, TextSpan span)
    {
        var line = span.Of(text);
        var lower = Collapse(Lowercase.Of(line));
        var core = lower.Trim(CoreTrim);
        if (core.Length == 0)
        {
            return new PageLine(span, line, PageLineKind.Blank);
        }

        var unbulleted = lower.TrimStart(Bullets);
        if (Lexicon.StartsWith("tail", unbulleted) > 0 && unbulleted.Length < 60)
        {
            return new PageLine(span, line, PageLineKind.TailMarker);
        }

        if (line.Length <= 120 && ReadDateline(text, span, line) is { } dated)
        {
            return dated;
        }

        if (Lexicon.IsWhole("line", core) || IsSectionTrail(core, line.Trim()) || Lexicon.StartsWith("prefix", unbulleted) > 0
            || IsCounter(core) || IsLabelledCounter(unbulleted) || IsFileName(core) || IsMenu(lower) || IsSourceCredit(line, unbulleted)
            || IsBreadcrumb(unbulleted) || IsToolbar(unbulleted) || IsMasthead(line) || SiteAddress().IsMatch(core))
        {
            return new PageLine(span, line, PageLineKind.Chrome);
        }

        if (Bylines.Read(text, span) is { Count: > 0 } authors)
        {
            return new PageLine(span, line, PageLineKind.Byline) { Authors = authors };
        }

        if (line.Length <= 200 && Lexicon.StartsWith("caption", lower) > 0 && !IsAllCapitals(line))
        {
            return new PageLine(span, line, PageLineKind.Caption);
        }

        if (line.Length <= 100 && line.EndsWith(':'))
        {
            return new PageLine(span, line, PageLineKind.Kicker);
        }

        if (line.StartsWith('(') && line.EndsWith(')') && line.Length <= 80)
        {
            return new PageLine(span, line, PageLineKind.Affiliation);
        }

        var last = line.TrimEnd(ClosingMarks);
        var commas = line.AsSpan().Count(',');
        if (last.Length == 0 || last[^1] is '.' or '!' or '?' or '…' or ';' || line.Length > 180 || (line.Length > 100 && commas >= 3))
        {
            return new PageLine(span, line, PageLineKind.Body);
        }

        return new PageLine(span, line, PageLineKind.Candidate);
    }

    /// <summary>A line that is a publication stamp: a full date (and time) with only stamp words, punctuation or a byline name around it.</summary>
    private static PageLine? ReadDateline(string text, TextSpan span, string line)
    {
        foreach (var mention in DateScanner.Scan(text, span.Start, span.End))
        {
            if (mention.Value is not { } value || value.YearFromReference || mention.WrittenYear is null || !mention.IsDay
                || value.Granularity is not (DateGranularity.Day or DateGranularity.Minute) || value.End is not null)
            {
                continue;
            }

            // "[12/02/2024 08:15]", "(12/02/2024)": some CMSs bracket the whole stamp.
            var right = text[mention.Span.End..span.End].Trim().Trim('|', '-', '–', ',', '.', ' ', '(', ')', '[', ']');
            if (right.Length > 0 && !IsChromeTrail(right))
            {
                return null;
            }

            var leftText = text[span.Start..mention.Span.Start];
            var left = Collapse(Lowercase.Of(leftText)).Trim().Trim('|', '-', '–', ',', ':', ' ', '(', '[');
            IReadOnlyList<Author> authors = [];
            if (left.Length > 0 && !Lexicon.IsWhole("dateline-prefix", left) && !IsSiteName(leftText.Trim().TrimEnd('|', '-', '–', ',', ':', ' ')))
            {
                authors = Bylines.Read(text, new TextSpan(span.Start, mention.Span.Start));
                if (authors.Count == 0)
                {
                    return null;
                }
            }

            var dateline = new Dateline(new PublicationTime(value.Start, value.Time), mention.Span);
            return new PageLine(span, line, PageLineKind.Dateline) { Dateline = dateline, Authors = authors };
        }

        return null;
    }

    /// <summary>"Ảnh: Công Luận", "(Ảnh: Internet)": the photo credit in a line, which is furniture.</summary>
    private static TextSpan? CreditSpan(PageLine line)
    {
        var lower = Lowercase.Of(line.Text);
        var (index, length) = Lexicon.Find("photo-credit", lower);
        if (index < 0 || Lexicon.StartsWith("author-credit", lower) > 0)
        {
            return null;
        }

        var end = line.Text.IndexOfAny(['\n', ')'], index + length);
        var stop = end < 0 ? line.Text.Length : end + 1;

        // "Ảnh: Đồng chí Trương Công Định, Bí thư Đảng ủy phường, phát biểu tại hội nghị.": a caption written after the label
        // is the article's (its officials count); only the label is furniture. A credit names a photographer in a few words.
        var credited = line.Text.AsSpan(index + length, stop - index - length);
        if (credited.Count(' ') + 1 > MaxCreditWords && credited.Contains(','))
        {
            return new TextSpan(line.Span.Start + index, line.Span.Start + index + length);
        }

        return new TextSpan(line.Span.Start + index, line.Span.Start + stop);
    }

    /// <summary>The most words a photo credit holds after its label ("Ảnh: Nguyễn Thị Minh Hương - TTXVN").</summary>
    private const int MaxCreditWords = 9;

    /// <summary>
    /// "ĐỒNG CHÍ TRẦN NGỌC LÂM TIẾP XÚC CỬ TRI": a line in capitals is a headline, even when it opens with a caption word;
    /// photo captions are written in sentence case.
    /// </summary>
    private static bool IsAllCapitals(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 12;
    }

    /// <summary>
    /// "Theo TTXVN", "Nguồn: baochinhphu.vn": a short line crediting the outlet an article was taken from. It is page furniture,
    /// neither a byline (the outlet did not write it here) nor a headline; "Theo báo cáo, …" prose is not one.
    /// </summary>
    private static bool IsSourceCredit(string line, string unbulleted)
    {
        if (line.Length > 60 || Lexicon.StartsWith("source-credit", unbulleted) == 0 || line.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = line.TrimStart(' ', '•', '*', '-', '–', '+', '<', '>');
        var length = Lexicon.StartsWith("source-credit", Lowercase.Of(trimmed));
        var rest = trimmed[length..].Trim(' ', ':', '.', ')');
        if (length == 0 || rest.Length == 0)
        {
            return false;
        }

        // The outlet: capitalised as a name ("Báo Nhân Dân", "TTXVN"), or a web address ("baochinhphu.vn").
        var isAddress = !rest.Contains(' ', StringComparison.Ordinal) && rest.Contains('.', StringComparison.Ordinal);
        return isAddress || Bylines.IsName(rest);
    }

    /// <summary>
    /// "Đọc thêm", "Xem thêm:": a short line opening a list of links. Such a list may stand mid-article, so unlike a tail
    /// marker it runs only over the headline-like lines after it, up to the next paragraph of prose.
    /// </summary>
    private static bool IsRelatedHeading(PageLine line)
    {
        if (line.Kind is PageLineKind.Body or PageLineKind.Blank || line.Text.Length >= 60)
        {
            return false;
        }

        var unbulleted = Lowercase.Of(line.Text).TrimStart(RelatedBullets);
        return Lexicon.StartsWith("related", unbulleted) > 0;
    }

    /// <summary>"Trong tháng 1.234", "Hôm nay: 56": a counter label followed by nothing but the count.</summary>
    private static bool IsLabelledCounter(string unbulleted)
    {
        var label = Lexicon.StartsWith("counter-label", unbulleted);
        if (label == 0)
        {
            return false;
        }

        var rest = unbulleted.AsSpan(label).Trim(" :.");
        return rest.Length > 0 && char.IsAsciiDigit(rest[0]) && IsCounter(rest.ToString());
    }

    /// <summary>
    /// "| Lượt xem: 63", "| In | Chia sẻ": what some CMSs print after the stamp on the same line. Each '|'-separated part is a
    /// counter or a tool, so the stamp is still the article's date (and the line stays out of the headline).
    /// </summary>
    private static bool IsChromeTrail(string right)
    {
        var lower = Collapse(right.ToLowerInvariant());
        var start = 0;
        while (start <= lower.Length)
        {
            var bar = lower.IndexOf('|', start);
            var end = bar < 0 ? lower.Length : bar;
            var part = lower[start..end].Trim();
            if (part.Length > 0 && Lexicon.StartsWith("prefix", part) == 0 && !IsLabelledCounter(part) && !IsToolbar(part))
            {
                return false;
            }

            start = end + 1;
        }

        return true;
    }

    /// <summary>
    /// "Trang chủ > Hoạt động > Tin Đảng ủy", "Home / Tin tức", "Tin tức » Xây dựng Đảng » Hoạt động": a breadcrumb trail. It
    /// sits between the headline and the lead on many CMSs and looks like a short headline, so it must be furniture. A trail opens
    /// with a root crumb (lexicon "breadcrumb-root") and a crumb separator, or chains three or more crumbs with arrows; every crumb
    /// is short.
    /// </summary>
    private static bool IsBreadcrumb(string unbulleted)
    {
        if (unbulleted.Length > MaxBreadcrumbLength)
        {
            return false;
        }

        var root = Lexicon.StartsWith("breadcrumb-root", unbulleted);
        var arrows = 0;
        var crumb = 0;
        var crumbs = 0;
        for (var i = root; i < unbulleted.Length; i++)
        {
            var c = unbulleted[i];
            var isArrow = c is '>' or '»' or '›' or '→';
            if (isArrow || (root > 0 && c is '/' or '|' or '\\'))
            {
                arrows += isArrow ? 1 : 0;
                crumbs++;
                crumb = 0;
                continue;
            }

            if (root > 0 && crumbs == 0 && c != ' ')
            {
                // The root is followed by a separator at once ("Trang chủ > …"), not by more words ("Trang chủ mới / …").
                return false;
            }

            if (c != ' ' && ++crumb > MaxCrumbLength)
            {
                return false;
            }
        }

        return root > 0 ? crumbs > 0 : arrows >= 2;
    }

    /// <summary>
    /// "Giáo dục", "Quốc phòng - An ninh", "Pháp luật | Nội chính | Phòng chống tham nhũng": the section the page sits in,
    /// printed above the headline by many CMSs; every part between separators is a section name (lexicon "section").
    /// </summary>
    private static bool IsSectionTrail(string core, string? written = null)
    {
        if (core.Length > MaxBreadcrumbLength)
        {
            return false;
        }

        var parts = core.Split(SectionSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && parts.All(part => Lexicon.IsWhole("section", part)))
        {
            return true;
        }

        // "Thời sự › Đối ngoại", "Tin tức - Sự kiện › Hoạt động HĐND": after a known section and a trail's arrow or bar (never
        // a headline's dash), a subsection the lexicon does not know is still one: a few words, each capitalized or in capitals.
        if (written is null)
        {
            return false;
        }

        var arrowed = written.Split(TrailSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return arrowed.Length >= 2 && IsSectionTrail(Collapse(Lowercase.Of(arrowed[0]))) && arrowed.Skip(1).All(IsSubsection);
    }

    private static bool IsSubsection(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxSubsectionWords && char.IsUpper(words[0][0]) && !part.Any(c => c is ',' or '.' or ':' or '"' or '“' or '?' or '!');
    }

    private static readonly string[] TrailSeparators = ["|", "»", ">", "›"];

    private const int MaxSubsectionWords = 8;

    private static readonly string[] SectionSeparators = ["|", " - ", " – ", " — ", "/", "»", ">", "›", "·", "•"];

    private const int MaxBreadcrumbLength = 200;
    private const int MaxCrumbLength = 60;

    /// <summary>
    /// "Cỡ chữ: A- | A+ In Chia sẻ", "◄ Quay lại | In | Gửi email": a strip of article tools (lexicon "toolbar"), with separators,
    /// symbols and the "A-"/"A+" buttons between them. Nothing else is on the line, so no headline or byline can be one.
    /// </summary>
    private static bool IsToolbar(string lower)
    {
        var tools = Lexicon.Phrases("toolbar");
        var words = 0;
        var i = 0;
        while (true)
        {
            while (i < lower.Length && (char.IsWhiteSpace(lower[i]) || char.IsPunctuation(lower[i]) || char.IsSymbol(lower[i])))
            {
                i++;
            }

            if (i >= lower.Length)
            {
                return words > 0;
            }

            var length = 0;
            for (var t = 0; t < tools.Count; t++)
            {
                var tool = tools[t];
                if (string.CompareOrdinal(lower, i, tool, 0, tool.Length) == 0
                    && (i + tool.Length == lower.Length || !char.IsLetterOrDigit(lower[i + tool.Length])))
                {
                    length = tool.Length;
                    break;
                }
            }

            if (length == 0)
            {
                return false;
            }

            words++;
            i += length;
        }
    }

    /// <summary>
    /// "SƠN LA - CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH": the site's masthead, a place name and the outlet's name joined by a dash,
    /// or the body running the site in capitals with its outlet or its superior unit ("UBND XÃ QUỲNH LÂM - HUYỆN QUỲNH LƯU").
    /// Read as a byline the place would pass for an author's name in capitals, so such a line is furniture.
    /// </summary>
    private static bool IsMasthead(string line)
    {
        if (line.Length > 160 || FindSpacedDash(line, 0) < 0)
        {
            return false;
        }

        var outlets = 0;
        var organizations = 0;
        var names = 0;
        var start = 0;
        while (start < line.Length)
        {
            var dash = FindSpacedDash(line, start);
            var end = dash < 0 ? line.Length : dash;
            var piece = line[start..end].Trim();
            var lower = piece.ToLowerInvariant();
            if (Lexicon.StartsWith("outlet", lower) > 0)
            {
                outlets++;
            }
            else if (piece.Length > 0 && Lexicon.StartsWith("organization", lower) > 0 && !piece.Any(char.IsLower))
            {
                // "HUYỆN ỦY HẢI HẬU - TRANG THÔNG TIN ĐIỆN TỬ", "UBND XÃ QUỲNH LÂM - HUYỆN QUỲNH LƯU": the body that runs the site.
                organizations++;
            }
            else if (piece.Length == 0)
            {
                return false;
            }
            else if (Places.Gazetteer.Default.Find(piece) is null)
            {
                // "Đảng Cộng sản Việt Nam - Báo điện tử": the owner's name beside the outlet's; a place needs no count.
                if (!char.IsUpper(piece[0]) || piece.Split(' ').Length > MaxOwnerWords || piece.AsSpan().ContainsAny(HeadlineMarks))
                {
                    return false;
                }

                names++;
            }

            start = end + 1;
        }

        return outlets > 0 || (organizations > 0 && names == 0);
    }

    private const int MaxSiteNameLength = 100;

    /// <summary>The most words of an owner's name written beside an outlet's ("Đảng Cộng sản Việt Nam - Báo điện tử").</summary>
    private const int MaxOwnerWords = 6;
    private const int MaxSectionLength = 50;
    private static readonly System.Buffers.SearchValues<char> HeadlineMarks = System.Buffers.SearchValues.Create("0123456789:\"“”?!");

    /// <summary>
    /// "Hội Chữ thập đỏ tỉnh Nghệ An", "Sở Nông nghiệp và PTNT tỉnh Hưng Yên", "Truyền hình Bảo Lạc", "BÁO CÔNG AN ĐẮK LẮK": a line
    /// that only names the site or the body running it. It opens with a body's or outlet's word (lexicon "organization",
    /// "outlet") and closes with a place in the gazetteer; a headline reports something, so a number, a colon, quotes or a word
    /// joining an action to a place or partner (lexicon "site-name-breaker": "tại", "với", "cho") rule the line out.
    /// </summary>
    internal static bool IsSiteName(string line)
    {
        // "Báo Phú Thọ | Quốc phòng - An ninh": the site's name, a bar, then the section the page sits in.
        var bar = line.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0 && line.Length - bar <= MaxSectionLength && !line.AsSpan(bar + 1).ContainsAny(HeadlineMarks))
        {
            return IsSiteName(line[..bar].Trim());
        }

        if (line.Length > MaxSiteNameLength || line.Any(c => char.IsDigit(c) || c is ':' or '"' or '“' or '”' or '?' or '!' or '(' or '|'))
        {
            return false;
        }

        var words = line.Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        var lower = Lowercase.Of(joined);

        // "ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN": the second line of a masthead wrapped after "Cổng thông tin".
        if (Lexicon.StartsWith("site-name-suffix", lower) is > 0 and var opening && opening < lower.Length && lower[opening] == ' '
            && IsSiteName(joined[opening..].Trim()))
        {
            return true;
        }

        // The word naming the medium closing the line ("điện tử", "online"), or 0.
        var medium = Lexicon.EndsWith("site-name-suffix", lower);
        medium = medium > 0 && medium < lower.Length && lower[^(medium + 1)] == ' ' ? medium : 0;
        if (medium > 0)
        {
            // "QUÂN ĐỘI NHÂN DÂN ĐIỆN TỬ": a national paper's name; "ĐỒNG THÁP ONLINE": a place. Nothing else beside the medium.
            var named = joined[..^medium].Trim();
            if (Lexicon.IsWhole("newspaper", Lowercase.Of(named)) || Places.Gazetteer.Default.Find(named) is not null)
            {
                return true;
            }
        }

        // "Báo Lao Động": "Báo" and a national paper's name.
        if (lower.StartsWith("báo ", StringComparison.Ordinal) && Lexicon.IsWhole("newspaper", lower[4..].Trim()))
        {
            return true;
        }

        if (words.Length < 2 || (Lexicon.StartsWith("organization", lower) == 0 && Lexicon.StartsWith("outlet", lower) == 0))
        {
            return false;
        }

        var breakers = Lexicon.Phrases("site-name-breaker");
        if (lower.Split(' ').Any(w => breakers.Contains(w.Trim(',', '.', ';'), StringComparer.Ordinal)))
        {
            return false;
        }

        // "Báo Lào Cai điện tử", "Hà Giang online": a word naming the medium may close the name after the place.
        if (medium > 0)
        {
            var kept = lower[..^medium].TrimEnd().Split(' ').Length;
            words = words[..kept];
            if (words.Length < 2)
            {
                return false;
            }
        }

        // The place closing the name: its words capitalised as written ("tỉnh Nghệ An", "HÀ TĨNH"), and some words of the body before it.
        var gazetteer = Places.Gazetteer.Default;
        for (var n = Math.Min(gazetteer.LongestName, words.Length - 1); n >= 1; n--)
        {
            var place = words[^n..];
            if (place.All(w => char.IsUpper(w[0])) && gazetteer.Find(string.Join(' ', place).TrimEnd(',', '.', ';')) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the next dash with a space on each side at or after <paramref name="start"/>, or -1.</summary>
    private static int FindSpacedDash(string line, int start)
    {
        for (var i = Math.Max(start, 1); i < line.Length - 1; i++)
        {
            if (line[i] is '-' or '–' or '—' && line[i - 1] == ' ' && line[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsCounter(string core) => core.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ');

    private static bool IsFileName(string core) =>
        !core.Contains(' ', StringComparison.Ordinal) && (core.Contains('_', StringComparison.Ordinal)
            || core.EndsWith(".jpg", StringComparison.Ordinal) || core.EndsWith(".png", StringComparison.Ordinal) || core.EndsWith(".jpeg", StringComparison.Ordinal));

    private static bool IsMenu(string lower)
    {
        var count = 0;
        foreach (var phrase in Lexicon.Phrases("nav"))
        {
            var at = lower.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])) && (at + phrase.Length == lower.Length || !char.IsLetter(lower[at + phrase.Length])))
            {
                count++;
            }
        }

        return count >= 2 && lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14;
    }

    /// <summary>Runs of white space as one space.</summary>
    /// <remarks>Most lines have single spaces only; they are returned as they are instead of being rebuilt by the regex.</remarks>
    private static string Collapse(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || (i + 1 < s.Length && char.IsWhiteSpace(s[i + 1]))))
            {
                return MultiSpace().Replace(s, " ");
            }
        }

        return s;
    }

    // The characters Classify trims, held once: a literal list would build a new array for every line.
    private static readonly char[] CoreTrim = [' ', '.', ',', ';', ':', '-', '–', '—', '•', '*', '|', '<', '>', '«', '»', '"', '(', ')', '[', ']'];
    private static readonly char[] Bullets = [' ', '•', '*', '-', '–', '+', '<', '>'];
    private static readonly char[] RelatedBullets = [' ', '•', '*', '-', '–', '+', '<', '>', '›', '»'];
    private static readonly char[] ClosingMarks = ['"', '”', '’', '\'', ')', ' '];

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DateMarker();

    /// <summary>"tuyenquang.dcs.vn", "https://baohaugiang.com.vn/": a site's address alone on a line, as a masthead prints it.</summary>
    [GeneratedRegex(@"^(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(vn|com|net|org|gov|info)(/\S*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteAddress();

    /// <summary>"(TTV) ", "(ĐN) - ", "BPO - ": an agency tag in front of a headline.</summary>
    [GeneratedRegex(@"^(\([^()\s]{2,20}\)\s*[-–]?\s*|[A-ZĐ]{2,6}\s*[-–]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MultiSpace();
}
