using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Pipeline;

namespace Extractor.Html.Content;

/// <summary>The words in class and id names, and the short lines, that tell content from page furniture (read from Lexicons/page-hints.json).</summary>
/// <remarks>Immutable after loading; the class-name cache is concurrent and bounded, so one instance serves every thread of a long run.</remarks>
internal sealed class PageHints
{
    private static readonly Lazy<PageHints> LazyDefault = new(() => Load(typeof(PageHints).Assembly.GetManifestResourceStream("Extractor.Html.Lexicons.page-hints.json")
        ?? throw new InvalidOperationException("embedded page-hints.json is missing")));

    private readonly WordSet _content;
    private readonly WordSet _junk;
    private readonly WordSet _strongJunk;
    private readonly WordSet _date;
    private readonly WordSet _author;
    private readonly WordSet _caption;
    private readonly WordSet _lead;
    private readonly WordSet _parts;
    private static readonly SearchValues<char> NameSeparators = SearchValues.Create(" \t\n\r\f");
    private readonly BoundedMemo<HintKind> _cache = new(CacheCapacity, MaxCachedKeyLength);
    private readonly BoundedMemo<HintKind> _names = new(CacheCapacity, MaxCachedKeyLength);
    private readonly Func<string, HintKind> _combine;
    private readonly Func<string, HintKind> _classifyName;

    private PageHints(HintsFile file)
    {
        _combine = Combine;
        _classifyName = ClassifyName;
        _content = new WordSet(file.ContentWords);
        _junk = new WordSet(file.JunkWords);
        _strongJunk = new WordSet(file.StrongJunkWords);
        _date = new WordSet(file.DateWords);
        _author = new WordSet(file.AuthorWords);
        _caption = new WordSet(file.CaptionWords);
        _lead = new WordSet(file.LeadWords);
        _parts = new WordSet(file.PartWords);
        // Each list is one alternation compiled once: a line is tested against every pattern in a single pass.
        FurnitureLines = file.FurnitureLines.Count == 0 ? null : new Regex(
            string.Join('|', file.FurnitureLines.Select(pattern => $"(?:{pattern})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        PromoLines = file.PromoPhrases.Count == 0 ? null : new Regex(
            string.Join('|', file.PromoPhrases.Select(phrase => $"(?:{phrase})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        BylinePrefixes = file.BylinePrefixes;
        PhotoCreditPrefixes = file.PhotoCreditPrefixes;
        GroupBylines = file.GroupBylines;
        SiteTitleSeparators = file.SiteTitleSeparators;
        SiteNameWords = file.SiteNameWords;
        PortalNames = file.PortalNames;
        BylineRoles = file.BylineRoles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        DatelineWords = file.DatelineWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
        ModifiedLabels = file.ModifiedLabels;
        SourceLabels = file.SourceLabels.ToHashSet(StringComparer.OrdinalIgnoreCase);
        BoxLabels = file.BoxLabels.ToHashSet(StringComparer.OrdinalIgnoreCase);
        AccountNames = file.AccountNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A rank counts only at the start of the byline or of one of its names (after a colon, comma or dash), and only
        // before a capitalized name: "Đại úy LÊ MINH ĐỨC - Trung úy PHẠM HẢI".
        // Degrees are abbreviations run together with dots, commas or spaces ("PGS, TS.", "GS.TS", "BS. CKII"), each a whole
        // token, and likewise only before a capitalized name.
        var prefixes = new List<string>();
        if (file.BylineRanks.Count > 0)
        {
            prefixes.Add($@"(?:{Alternation(file.BylineRanks)})\s+");
        }

        if (file.BylineTitles.Count > 0)
        {
            prefixes.Add($@"(?:(?:{Alternation(file.BylineTitles)})(?:\s*[.,]\s*|\s+))+");
        }

        BylineRanks = prefixes.Count == 0 ? null : new Regex(
            $@"(?<=^|[:,;&–—-]\s*|\svà\s)(?:{string.Join('|', prefixes)})(?=\p{{Lu}})",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        EndMatterLabels = file.EndMatterLabels.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A clock time and a relative day printed next to each other, in either order: "16:40 hôm qua", "Hôm nay, 08:15".
        var days = Alternation(file.RelativeDays);
        RelativeTime = file.RelativeDays.Count == 0 ? null : new Regex(
            $@"^(?:(?:lúc\s+)?(?<h>\d{{1,2}})[:h](?<m>\d{{2}})\s*,?\s*(?:{days})|(?:{days})\s*,?\s*(?:lúc\s+)?(?<h>\d{{1,2}})[:h](?<m>\d{{2}}))$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);

        static string Alternation(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
    }

    /// <summary>Labels heading the notes and references printed after an article's text ("Tài liệu tham khảo").</summary>
    public IReadOnlySet<string> EndMatterLabels { get; }

    /// <summary>True when a line is one of <see cref="EndMatterLabels"/> alone (a trailing colon aside).</summary>
    public bool IsEndMatterLabel(string line) => EndMatterLabels.Contains(line.Trim().TrimEnd(':').TrimEnd());

    /// <summary>A visible time beside a relative day ("16:40 hôm qua"), as one whole-line pattern, or null.</summary>
    private Regex? RelativeTime { get; }

    /// <summary>
    /// The clock time of a line that is only a time and a relative day ("16:40 hôm qua"), or null. The day is relative to
    /// a reader's visit, which the page does not date, so only the time is read.
    /// </summary>
    public (int Hour, int Minute)? ReadRelativeTime(string line)
    {
        if (RelativeTime is null || line.Length > 40)
        {
            return null;
        }

        try
        {
            var match = RelativeTime.Match(line.Trim());
            return match.Success && int.Parse(match.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture) is var hour and < 24
                && int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) is var minute and < 60
                ? (hour, minute) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Words of a form row's label that make its date the last edit's ("Ngày sửa đổi").</summary>
    public IReadOnlyList<string> ModifiedLabels { get; }

    /// <summary>Labels of a form row naming an article's source ("Nguồn"): its value is an agency, not a writer.</summary>
    public IReadOnlySet<string> SourceLabels { get; }

    /// <summary>Labels that open a box standing inside a body but not of it (another article's teaser card, an author panel).</summary>
    public IReadOnlySet<string> BoxLabels { get; }

    /// <summary>Log-in accounts a CMS prints in its byline row ("Administrator"): they name no writer.</summary>
    public IReadOnlySet<string> AccountNames { get; }

    /// <summary>True when a box's first line is one of <see cref="BoxLabels"/> (a trailing colon aside).</summary>
    public bool IsBoxLabel(string line) => BoxLabels.Contains(line.Trim().TrimEnd(':').TrimEnd());

    /// <summary>The military and police ranks and the degrees printed before writers' names, as one pattern, or null.</summary>
    private Regex? BylineRanks { get; }

    /// <summary>A byline without the ranks and degrees printed before its names ("Thượng tá NGUYỄN VĂN HÙNG" → "NGUYỄN VĂN HÙNG").</summary>
    public string WithoutRanks(string byline)
    {
        if (BylineRanks is null)
        {
            return byline;
        }

        try
        {
            return BylineRanks.Replace(byline, "");
        }
        catch (RegexMatchTimeoutException)
        {
            return byline;
        }
    }

    /// <summary>True when a form row's label says its date is the last edit's.</summary>
    public bool IsModifiedLabel(string label) =>
        label.Length is > 0 and <= 40 && ModifiedLabels.Any(l => label.Contains(l, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a form row's label says its value is the article's source.</summary>
    public bool IsSourceLabel(string label) => SourceLabels.Contains(label.Trim().TrimEnd(':').TrimEnd());

    /// <summary>
    /// A guard against a pathological pattern in a user-edited lexicon, not a budget: lines are short and the patterns
    /// linear, but a compiled pattern's first match includes its JIT compilation, which on a loaded machine can take
    /// longer than a tight limit, and a timeout must never change what is extracted.
    /// </summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public static PageHints Default => LazyDefault.Value;

    /// <summary>The furniture line patterns as one pattern, or null when the lexicon lists none.</summary>
    public Regex? FurnitureLines { get; }

    /// <summary>The promo phrases as one pattern, or null when the lexicon lists none.</summary>
    public Regex? PromoLines { get; }

    /// <summary>The longest line taken for a promo or notice; a longer paragraph that mentions a newsletter is prose.</summary>
    internal const int MaxPromoLine = 320;

    public IReadOnlyList<string> BylinePrefixes { get; }

    public IReadOnlyList<string> PhotoCreditPrefixes { get; }

    /// <summary>How a team's byline begins ("Nhóm PV"): the whole byline is the author as printed, desk included.</summary>
    public IReadOnlyList<string> GroupBylines { get; }

    public IReadOnlyList<string> SiteTitleSeparators { get; }

    /// <summary>Words that mark a title segment as the site's name ("Báo …", "Cổng thông tin …", "….vn").</summary>
    public IReadOnlyList<string> SiteNameWords { get; }

    /// <summary>How a portal's own name begins ("Cổng thông tin điện tử …"): a line that begins so names the site, never an article.</summary>
    public IReadOnlyList<string> PortalNames { get; }

    /// <summary>Staff roles printed before a writer's name in a byline ("PV Hoàng Lan", "KTV Văn Thịnh").</summary>
    public IReadOnlySet<string> BylineRoles { get; }

    /// <summary>True for a short line that begins with a portal's name.</summary>
    public bool IsPortalName(string text) =>
        text.Length <= 120 && PortalNames.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Words a dateline line may hold besides its date and time ("Cập nhật lúc", "Thứ Ba", "GMT").</summary>
    public IReadOnlySet<string> DatelineWords { get; }

    /// <summary>True when a name-shaped piece of a box or row is a site, a portal or a furniture line, never a writer.</summary>
    public bool NamesNoWriter(string text) => LooksLikeSiteName(text) || IsPortalName(text) || IsFurnitureLine(text);

    public bool LooksLikeSiteName(string text)
    {
        var lower = text.ToLowerInvariant() + " ";
        return SiteNameWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal) || lower.Contains(w.StartsWith(' ') ? w : " " + w.TrimStart(), StringComparison.Ordinal) || (w.StartsWith('.') && lower.Contains(w, StringComparison.Ordinal)));
    }

    public static PageHints Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<HintsFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("empty page hints");
        return new PageHints(file);
    }

    /// <summary>What the class and id names of an element say about it.</summary>
    /// <remarks>
    /// Whole class strings are remembered, and so are the single names they are made of: a page's exact class strings are
    /// often its own, but the names in them ("container", "col-md-8", "news-detail") recur across sites and pages.
    /// </remarks>
    public HintKind Classify(string? classAndId)
    {
        if (string.IsNullOrEmpty(classAndId))
        {
            return HintKind.None;
        }

        return _cache.GetOrAdd(classAndId, _combine);
    }

    /// <summary>Combines the names' hints: a name that says content on its own ("entry-content") outweighs one that says
    /// furniture ("widget"); inside one name furniture wins ("jp-relatedposts", "article-other").</summary>
    private HintKind Combine(string classAndId)
    {
        var kind = HintKind.None;
        var contentOnly = false;
        var lead = false;
        var rest = classAndId.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = rest.IndexOfAnyExcept(NameSeparators);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            var length = rest.IndexOfAny(NameSeparators);
            var name = length < 0 ? rest : rest[..length];
            rest = length < 0 ? default : rest[length..];

            var hints = _names.GetOrAdd(name, _classifyName);
            kind |= hints & ~HintKind.Lead;
            contentOnly |= (hints & (HintKind.Content | HintKind.Junk)) == HintKind.Content;
            lead |= (hints & HintKind.Lead) != 0;
        }

        if (contentOnly)
        {
            kind &= ~HintKind.Junk;
        }

        if (lead && (kind & HintKind.Junk) == 0)
        {
            kind |= HintKind.Lead;
        }

        return kind;
    }

    /// <summary>What one class or id name says on its own (a lead name is kept apart from furniture here; see <see cref="Combine"/>).</summary>
    private HintKind ClassifyName(string name)
    {
        var token = name.ToLowerInvariant();
        if (_parts.Matches(token))
        {
            // A table's own footer or header row ("ms-rteTableFooterRow-default") is part of what holds it, not the page's footer.
            return HintKind.None;
        }

        var kind = HintKind.None;
        kind |= _content.Matches(token) ? HintKind.Content : HintKind.None;
        kind |= _junk.Matches(token) ? HintKind.Junk : HintKind.None;
        kind |= _strongJunk.Matches(token) ? HintKind.StrongJunk : HintKind.None;
        kind |= _date.Matches(token) ? HintKind.Date : HintKind.None;
        kind |= _author.Matches(token) ? HintKind.Author : HintKind.None;
        kind |= _caption.Matches(token) ? HintKind.Caption : HintKind.None;
        kind |= _lead.Matches(token) ? HintKind.Lead : HintKind.None;
        return kind;
    }

    /// <summary>The most class/id strings the classification cache holds.</summary>
    internal const int CacheCapacity = 8192;

    /// <summary>The longest class/id string the cache keeps.</summary>
    internal const int MaxCachedKeyLength = 256;

    /// <summary>The number of class/id strings cached now (at most <see cref="CacheCapacity"/>).</summary>
    internal int CachedCount => _cache.Count;

    /// <summary>
    /// True when a line of up to <see cref="MaxPromoLine"/> characters is a publisher's promo or notice printed inside the
    /// body container (newsletter and subscription calls, follow-us lines, copyright and advertiser notices). These sit in
    /// the same element as the article's paragraphs, so neither class names nor link density can tell them apart; their
    /// wording can.
    /// </summary>
    public bool IsPromoLine(string line)
    {
        if (PromoLines is null || line.Length > MaxPromoLine)
        {
            return false;
        }

        try
        {
            return PromoLines.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>True when a short line is page furniture ("Chia sẻ", "Lượt xem: 1036", "A A A").</summary>
    public bool IsFurnitureLine(string line)
    {
        if (FurnitureLines is null || line.Length > 80)
        {
            return false;
        }

        try
        {
            return FurnitureLines.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// A list of hint words, each matched inside a token or, written "=word", as the whole token, or, written "^word", at its
    /// start, or, written "~word", as one of the parts the token's '-' and '_' separate ("entry__tags", "tl-ad-container").
    /// </summary>
    private sealed class WordSet(IReadOnlyList<string> words)
    {
        private static readonly char[] PartSeparators = ['-', '_'];
        private readonly SearchValues<string> _inside = SearchValues.Create(words.Where(w => w[0] is not ('=' or '^' or '~')).Select(w => w.ToLowerInvariant()).ToArray(), StringComparison.Ordinal);
        private readonly string[] _start = words.Where(w => w.StartsWith('^')).Select(w => w[1..].ToLowerInvariant()).ToArray();
        private readonly HashSet<string> _whole = words.Where(w => w.StartsWith('=')).Select(w => w[1..].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _part = words.Where(w => w.StartsWith('~')).Select(w => w[1..].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        public bool Matches(string token)
        {
            if (_whole.Contains(token))
            {
                return true;
            }

            if (_part.Count > 0 && token.IndexOfAny(PartSeparators) >= 0)
            {
                foreach (var part in token.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (_part.Contains(part))
                    {
                        return true;
                    }
                }
            }
            else if (_part.Contains(token))
            {
                return true;
            }

            foreach (var word in _start)
            {
                if (token.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return token.AsSpan().ContainsAny(_inside);
        }
    }

    private sealed record HintsFile
    {
        public IReadOnlyList<string> ContentWords { get; init; } = [];

        public IReadOnlyList<string> JunkWords { get; init; } = [];

        public IReadOnlyList<string> StrongJunkWords { get; init; } = [];

        public IReadOnlyList<string> DateWords { get; init; } = [];

        public IReadOnlyList<string> AuthorWords { get; init; } = [];

        public IReadOnlyList<string> CaptionWords { get; init; } = [];

        public IReadOnlyList<string> LeadWords { get; init; } = [];

        public IReadOnlyList<string> PartWords { get; init; } = [];

        public IReadOnlyList<string> FurnitureLines { get; init; } = [];

        public IReadOnlyList<string> PromoPhrases { get; init; } = [];

        public IReadOnlyList<string> BylinePrefixes { get; init; } = [];

        public IReadOnlyList<string> PhotoCreditPrefixes { get; init; } = [];

        public IReadOnlyList<string> GroupBylines { get; init; } = [];

        public IReadOnlyList<string> SiteTitleSeparators { get; init; } = [];

        public IReadOnlyList<string> SiteNameWords { get; init; } = [];

        public IReadOnlyList<string> PortalNames { get; init; } = [];

        public IReadOnlyList<string> BylineRoles { get; init; } = [];

        public IReadOnlyList<string> DatelineWords { get; init; } = [];

        public IReadOnlyList<string> BylineRanks { get; init; } = [];

        public IReadOnlyList<string> ModifiedLabels { get; init; } = [];

        public IReadOnlyList<string> SourceLabels { get; init; } = [];

        public IReadOnlyList<string> BoxLabels { get; init; } = [];

        public IReadOnlyList<string> AccountNames { get; init; } = [];

        public IReadOnlyList<string> BylineTitles { get; init; } = [];

        public IReadOnlyList<string> EndMatterLabels { get; init; } = [];

        public IReadOnlyList<string> RelativeDays { get; init; } = [];
    }
}
