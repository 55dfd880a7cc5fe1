using System.Collections.Frozen;
using System.Collections.Immutable;
using Extractor.Extraction.Places;

namespace Extractor.Extraction.Officials;

/// <summary>The grammar of names and titles over an article's words: where a person's name is, where a title or a chain of titles is.</summary>
/// <remarks>
/// A name is a surname from <see cref="SurnameLexicon"/> and one to three more capitalized syllables.
/// A title is [modifier]* office-head, then its body: capitalized words, abbreviations, the lowercase words
/// bodies.tsv lists, a place after a level word ("tỉnh Lạng Sơn"), up to a verb, a punctuation mark, a name
/// or the next office head (which starts the next title of the chain).
/// </remarks>
internal sealed partial class OfficialGrammar
{
    private const TitleWordClass BodyWords =
        TitleWordClass.Body | TitleWordClass.Qualifier | TitleWordClass.Connector | TitleWordClass.Level;

    /// <summary>"và" as a comparison key: an appointment may follow other duties after it ("… Ban Thường vụ và giữ chức …").</summary>
    private static readonly string AndKey = PhraseKey.Of("và");

    private readonly TitleLexicon _titles;
    private readonly SurnameLexicon _surnames;
    private readonly Gazetteer _gazetteer;
    private readonly ArticleWords _w;

    // What the grammar has already read at each word. The rules ask the same questions of a word many times
    // (is a name here? a title head? which lexicon phrases start here?); each answer depends only on the word's
    // position, so it is worked out once per article.
    private readonly int _longest;
    private readonly TitleWordClass[] _phraseClasses;
    private readonly bool[] _phraseRead;
    private readonly int[] _places;
    private readonly int[] _names;
    private readonly int[] _heads;
    private readonly int[] _lowercaseHeads;
    private readonly WordRange?[] _titleRanges;
    private readonly WordRange?[] _lowercaseTitleRanges;
    private readonly bool[] _titleRead;
    private readonly bool[] _lowercaseTitleRead;

    public OfficialGrammar(ArticleWords words, TitleLexicon titles, SurnameLexicon surnames, Gazetteer gazetteer)
    {
        _w = words;
        _titles = titles;
        _surnames = surnames;
        _gazetteer = gazetteer;
        var count = words.Count;
        _longest = Math.Min(titles.LongestPhrase, 64);
        _phraseClasses = new TitleWordClass[count * _longest];
        _phraseRead = new bool[count];
        _places = new int[count];
        _names = new int[count];
        _heads = new int[count];
        _lowercaseHeads = new int[count];
        _titleRanges = new WordRange?[count];
        _lowercaseTitleRanges = new WordRange?[count];
        _titleRead = new bool[count];
        _lowercaseTitleRead = new bool[count];
        Array.Fill(_places, Unknown);
        Array.Fill(_names, Unknown);
        Array.Fill(_heads, Unknown);
        Array.Fill(_lowercaseHeads, Unknown);
    }

    /// <summary>Marks an answer not worked out yet.</summary>
    private const int Unknown = int.MinValue;

    /// <summary>The word at an index as written.</summary>
    public string WordAt(int index) => _w[index].Text;

    /// <summary>The key of the word at an index (<see cref="PhraseKey"/> of the word as written).</summary>
    public string KeyAt(int index) => _w.Keys[index];

    /// <summary>The lexicon phrase of a wanted class starting at a word, over plain-space gaps only.</summary>
    public (int Length, TitleWordClass Class) Phrase(int at, TitleWordClass wanted)
    {
        if (at >= _w.Count)
        {
            return (0, TitleWordClass.None);
        }

        var row = PhraseRow(at);
        for (var n = row.Length; n >= 1; n--)
        {
            if ((row[n - 1] & wanted) != 0)
            {
                return (n, row[n - 1]);
            }
        }

        return (0, TitleWordClass.None);
    }

    /// <summary>The classes of the lexicon phrases of n + 1 words starting at a word (None where there is none), over plain-space gaps.</summary>
    private ReadOnlySpan<TitleWordClass> PhraseRow(int at)
    {
        var row = _phraseClasses.AsSpan(at * _longest, _longest);
        if (!_phraseRead[at])
        {
            var run = _w.Run(at, _titles.LongestPhrase);
            _titles.Phrases.Find(_w.Keys.AsSpan(at, Math.Min(run, _longest)), row);
            _phraseRead[at] = true;
        }

        return row;
    }

    /// <summary>The number of words of a known place's name at a word (dashes allowed inside: "Bà Rịa - Vũng Tàu"), or 0.</summary>
    public int Place(int at)
    {
        if (at >= _w.Count || !_w[at].IsCapitalized)
        {
            return 0;
        }

        if (_places[at] == Unknown)
        {
            var run = Math.Min(_w.Run(at, _gazetteer.LongestName, dashes: true), 64);
            var found = _gazetteer.Names.Find(_w.Keys.AsSpan(at, run));
            _places[at] = found == 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount(found);
        }

        return _places[at];
    }

    /// <summary>True when the word is a level after which a place's name follows ("tỉnh", "Huyện ủy", "TP").</summary>
    public bool IsPlaceMarkerEnd(int end)
    {
        for (var n = 1; n <= 2 && end - n >= 0; n++)
        {
            var (length, cls) = Phrase(end - n, TitleWordClass.Level);
            if (length == n && (cls & TitleWordClass.PlaceMarker) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Honorifics ("đồng chí", "Đ/c", "bà") at a word: their length in words, or 0.</summary>
    public int Honorific(int at) => Phrase(at, TitleWordClass.Honorific).Length;

    /// <summary>The end of [modifier]* office-head starting at a word, or -1. The first word must be capitalized (a lowercase modifier such as "nguyên" may precede a capitalized head).</summary>
    public int HeadEnd(int at, bool lowercase = false)
    {
        if (at >= _w.Count || _w[at].Shape == WordShape.Number)
        {
            return -1;
        }

        var memo = lowercase ? _lowercaseHeads : _heads;
        if (memo[at] == Unknown)
        {
            memo[at] = ReadHeadEnd(at, lowercase);
        }

        return memo[at];
    }

    private int ReadHeadEnd(int at, bool lowercase)
    {
        var k = at;
        for (var m = 0; m < 2; m++)
        {
            var (length, _) = Phrase(k, TitleWordClass.Modifier);
            if (length == 0 || (k > at && !_w.SpaceBefore(k)))
            {
                break;
            }

            k += length;
        }

        if (k >= _w.Count || (k > at && !_w.SpaceBefore(k)))
        {
            return -1;
        }

        var (headLength, _) = Phrase(k, TitleWordClass.TitleHead);
        if (headLength == 0)
        {
            return -1;
        }

        var opensCapitalized = _w[at].IsCapitalized || (k > at && _w[k].IsCapitalized);

        // A rank may be written in lowercase when a name follows it: "thiếu tướng Lê Hồng Nhân".
        var lowercaseRank = k == at && Phrase(k, TitleWordClass.Rank).Length == headLength
            && k + headLength < _w.Count && _w.SpaceBefore(k + headLength) && Name(k + headLength) is not null;
        return opensCapitalized || lowercaseRank || lowercase ? k + headLength : -1;
    }

    /// <summary>A person's name starting at a word: a surname and one to three capitalized syllables on the same line.</summary>
    public WordRange? Name(int at)
    {
        if (at >= _w.Count)
        {
            return null;
        }

        if (_names[at] == Unknown)
        {
            _names[at] = ReadName(at) is { } name ? name.End : -1;
        }

        return _names[at] < 0 ? null : new WordRange(at, _names[at]);
    }

    private WordRange? ReadName(int at)
    {
        var first = _w[at];

        // "Ông A Thoang": after an honorific a one-letter ethnic-minority opener is a name as it is after a title.
        if (AfterHonorific(at) && SlotName(at) is { } slotted)
        {
            return slotted;
        }

        // "Bun-thoong Xay-nha-vông", "Vi-lay-phon Khăm-xay": a name transliterated syllable by syllable, two or three words.
        if (IsTransliterated(first.Text))
        {
            var end = at + 1;
            while (end < _w.Count && end - at < 3 && _w.SpaceBefore(end) && IsTransliterated(_w[end].Text))
            {
                end++;
            }

            return end - at >= 2 ? new WordRange(at, end) : null;
        }

        if (first.Shape == WordShape.Capitalized && !_surnames.ContainsKey(first.Key)
            && (IsForeignSyllable(first.Text) || (IsShortForeignSyllable(first.Text) && AfterHonorific(at) && at + 1 < _w.Count
                && _w.SpaceBefore(at + 1) && _w[at + 1].Shape == WordShape.Capitalized && IsForeignSyllable(_w[at + 1].Text))))
        {
            // "ông Sok Chanthy": a three-letter Khmer family name opens a foreign name only after an honorific and before a
            // longer foreign word ("New York" is no one's name).
            // "Khamphou Sisomphone", "Vongsavanh Keomany": a Lao name, two or three romanised words no Vietnamese syllable is spelt as.
            var end = at + 1;
            while (end < _w.Count && end - at < 3 && _w.SpaceBefore(end) && _w[end].Shape == WordShape.Capitalized && IsForeignSyllable(_w[end].Text))
            {
                end++;
            }

            return end - at >= 2 ? new WordRange(at, end) : null;
        }

        if (!first.IsCapitalized || !(_surnames.ContainsKey(first.Key) || IsApostropheName(first.Text)))
        {
            return null;
        }

        // "Ông Hà Phẩm Chất": a sentence-initial honorific that is also a rare surname.
        if (Honorific(at) is > 0 and var honorific && (Name(at + honorific) is not null || SlotName(at + honorific) is not null))
        {
            return null;
        }

        var allCaps = first.Shape == WordShape.AllCaps;
        var j = at + 1;
        while (j < _w.Count && j - at < 4 && _w.SpaceBefore(j) && IsGivenName(j, allCaps))
        {
            j++;
        }

        // In a line written all in capitals a name cannot be told from the words after it: take the usual three syllables.
        if (allCaps && j - at == 4 && j < _w.Count && _w.SpaceBefore(j) && _w[j].Shape == WordShape.AllCaps)
        {
            j--;
        }

        return j - at >= 2 ? new WordRange(at, j) : null;
    }

    /// <summary>
    /// A word of plain Latin letters that cannot be one Vietnamese syllable (an onset, one run of vowels, a coda): "Khamphou",
    /// "Keomany". Lao and other romanised names are written so; no Vietnamese word is.
    /// </summary>
    private static bool IsForeignSyllable(string text) =>
        text.Length >= 4 && text.All(char.IsAsciiLetter) && !VietnameseSyllable().IsMatch(text.ToLowerInvariant());

    /// <summary>A capitalized word of syllables joined by hyphens, the later ones lowercase ("Xay-nha-vông").</summary>
    private static bool IsTransliterated(string text) =>
        text.Length >= 4 && char.IsUpper(text[0]) && text.IndexOf('-') is > 0 and var hyphen && hyphen + 1 < text.Length && char.IsLower(text[hyphen + 1]);

    /// <summary>A three-letter word of plain Latin letters no Vietnamese syllable is spelt as: the Khmer "Sok".</summary>
    private static bool IsShortForeignSyllable(string text) =>
        text.Length == 3 && text.All(char.IsAsciiLetter) && !VietnameseSyllable().IsMatch(text.ToLowerInvariant());

    /// <summary>True when an honorific ("ông", "bà", "ngài", "đồng chí") ends right before a word.</summary>
    private bool AfterHonorific(int at)
    {
        for (var n = 1; n <= 3 && at - n >= 0; n++)
        {
            if (Honorific(at - n) == n)
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdghklmnpqrstvx])?[aeiouy]+(ng|nh|ch|[cmnpt])?$")]
    private static partial System.Text.RegularExpressions.Regex VietnameseSyllable();

    /// <summary>
    /// "K'Điệp", "H'Lim", "Ma'Hương": Central Highlands names open with one or two letters and an apostrophe before a capital.
    /// No surname list can hold them all, and no ordinary word is written so, so the shape alone opens a name.
    /// </summary>
    private static bool IsApostropheName(string text)
    {
        var mark = text.IndexOfAny(['\'', '’']);
        return mark is 1 or 2 && mark + 1 < text.Length && char.IsUpper(text[0]) && char.IsUpper(text[mark + 1])
            && (mark == 1 || char.IsLower(text[1]));
    }

    /// <summary>
    /// A name an official's slot alone makes one: a one-letter ethnic-minority opener and one or two capitalized syllables
    /// ending the clause or followed by lowercase ("Phó Trưởng ban … Tỉnh ủy A Thái."). "A" is no surname anywhere else,
    /// so the caller asks only right after a title.
    /// </summary>
    public WordRange? SlotName(int at)
    {
        if (at >= _w.Count || _w[at].Shape != WordShape.Capitalized || !_titles.SlotSurnameKeys.Contains(_w.Keys[at]))
        {
            return null;
        }

        var j = at + 1;
        while (j < _w.Count && j - at < 3 && _w.SpaceBefore(j) && _w[j].Shape == WordShape.Capitalized && IsGivenName(j, allCaps: false))
        {
            j++;
        }

        var ends = j >= _w.Count || EndsClause(j) || _w[j].Shape == WordShape.Lower;
        return j - at >= 2 && ends && Place(at) == 0 ? new WordRange(at, j) : null;
    }

    /// <summary>True when the words just before <paramref name="end"/> are a phrase of the set (up to five words, keys joined by spaces).</summary>
    private bool EndsWithPhrase(int end, FrozenSet<string> keys)
    {
        if (end <= 0 || !_titles.BoundaryLastKeys.Contains(_w.Keys[end - 1]))
        {
            return false;
        }

        for (var n = 1; n <= TitleLexicon.LongestBoundaryPhrase && end - n >= 0; n++)
        {
            if (keys.Contains(string.Join(' ', _w.Keys, end - n, n)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of words of the longest phrase of the set starting at a word on one run, or 0.</summary>
    private int StartsWithPhrase(int at, FrozenSet<string> keys)
    {
        if (at >= _w.Count || !_titles.BoundaryFirstKeys.Contains(_w.Keys[at]))
        {
            return 0;
        }

        var run = _w.Run(at, TitleLexicon.LongestBoundaryPhrase);
        for (var n = run; n >= 1; n--)
        {
            if (keys.Contains(string.Join(' ', _w.Keys, at, n)))
            {
                return n;
            }
        }

        return 0;
    }

    private bool IsGivenName(int j, bool allCaps)
    {
        var word = _w[j];
        if (!word.IsCapitalized || word.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || HasOtherDigit(word.Text))
        {
            return false;
        }

        // Names keep one casing: "NGUYỄN VĂN A" or "Nguyễn Văn A"; "Đoàn ĐBQH" is a body, not a name.
        if ((word.Shape == WordShape.AllCaps) != allCaps && word.Text.Length > 1)
        {
            return false;
        }

        if (HeadEnd(j) >= 0)
        {
            return false;
        }

        var (length, cls) = Phrase(j, BodyWords | TitleWordClass.Honorific | TitleWordClass.Abbreviation);
        if (length >= 2)
        {
            return false;
        }

        // A lone level or body word ("Tỉnh", "Phòng") ends a name when more of a body follows it.
        if (length == 1 && (cls & (TitleWordClass.Level | TitleWordClass.Body)) != 0)
        {
            var next = j + 1;
            var bodyFollows = next < _w.Count && _w.SpaceBefore(next)
                && (_w[next].IsCapitalized || Phrase(next, BodyWords).Length > 0);
            if (bodyFollows)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One title starting at a word: its office head and body.</summary>
    /// <param name="lowercase">Accept an office written in lowercase ("ủy viên Trung ương Đảng"), as after a name and a separator.</param>
    public WordRange? Title(int at, bool lowercase = false)
    {
        if (at >= _w.Count)
        {
            return ReadTitle(at, lowercase);
        }

        var read = lowercase ? _lowercaseTitleRead : _titleRead;
        var ranges = lowercase ? _lowercaseTitleRanges : _titleRanges;
        if (!read[at])
        {
            ranges[at] = ReadTitle(at, lowercase);
            read[at] = true;
        }

        return ranges[at];
    }

    private WordRange? ReadTitle(int at, bool lowercase)
    {
        var headEnd = HeadEnd(at, lowercase);
        if (headEnd < 0)
        {
            return null;
        }

        var (_, headClass) = Phrase(headEnd - 1, TitleWordClass.Rank);
        if ((headClass & TitleWordClass.Rank) != 0 && Phrase(at, TitleWordClass.Rank).Length == headEnd - at)
        {
            return new WordRange(at, headEnd, headEnd);
        }

        var k = headEnd;
        var afterMarker = IsPlaceMarkerEnd(headEnd);
        var compoundTail = false;

        // What the last words read were: part of a capitalized name ("Văn hóa", "Quản lý") or a body phrase ("Ban Chỉ đạo"),
        // after which lowercase words may still belong to the name; and, in a line in capitals, a unit's number that ends it.
        var inName = false;
        var afterBody = false;
        var unitNumberEnds = false;
        while (k < _w.Count && !_w.BreaksLine(k))
        {
            var word = _w[k];
            var punctuation = _w.Punctuation(k);
            var wasInName = inName;
            var wasAfterBody = afterBody;
            inName = false;
            afterBody = false;

            // "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh": a body's abbreviation in brackets, then its level, stays in the title.
            if (k > headEnd && BracketedAbbreviationEnd(k) is > 0 and var bracketed)
            {
                k = bracketed;
                afterMarker = IsPlaceMarkerEnd(k);
                compoundTail = false;
                continue;
            }

            if (punctuation.Length > 0 && !ContinuesAcross(k, punctuation) && !ContinuesIntoParentBody(headEnd, k, punctuation))
            {
                // "Sở Văn hóa, Thể thao và Du lịch": fields listed with commas and a last "và" name one body.
                if (wasInName && k > headEnd && punctuation == "," && PortfolioEnd(k) is > 0 and var portfolio)
                {
                    k = portfolio;
                    afterMarker = false;
                    compoundTail = false;
                    continue;
                }

                // "Trưởng phòng Công chức, viên chức Nguyễn Thị A", "Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ": a
                // department's name may list lowercase fields after a comma.
                if ((wasInName || wasAfterBody) && punctuation == "," && word.Shape == WordShape.Lower && OpensWithUnit(headEnd)
                    && LowercaseRunEnd(k, lowercase, listed: true) is > 0 and var listed)
                {
                    k = listed;
                    afterMarker = IsPlaceMarkerEnd(k);
                    compoundTail = false;
                    continue;
                }

                break;
            }

            // "TỔNG GIÁM ĐỐC BAN QUẢN LÝ DỰ ÁN 7 BÁO CÁO …": in capitals a unit's number closes the body.
            if (unitNumberEnds && word.Shape == WordShape.AllCaps && Phrase(k, TitleWordClass.Level).Length == 0)
            {
                break;
            }

            unitNumberEnds = false;

            // "… XÃ SƠN TINH TẶNG GIẤY KHEN …": in a line in capitals the verb after the title reads as a capitalized word; it ends the title.
            if (IsCapitalsStop(k) && k > headEnd)
            {
                break;
            }

            if (afterMarker && word.IsCapitalized && Place(k) is > 0 and var placeLength)
            {
                k += placeLength;
                afterMarker = false;
                compoundTail = false;
                continue;
            }

            // In a line in capitals after the person's name, a body's words cannot be told from a name by their case
            // ("TRẦN A, TỔNG GIÁM ĐỐC BAN QUẢN LÝ DỰ ÁN 7"): they are read as the body's.
            var capitalsBody = lowercase && word.Shape == WordShape.AllCaps && k > headEnd;
            if (word.IsCapitalized && !capitalsBody && Name(k) is { } inner)
            {
                // After a person's name (the only place a lowercase chain is read) a name that ends the clause inside
                // the body is the namesake of an institution, not a second person: "Nguyễn Thị Hoài Thu – Phó Hiệu
                // trưởng Trường Chính trị Lê Duẩn;". Before a name it still ends the title ("Bí thư Huyện ủy Lê Văn A").
                // The same after an institution usually named after someone: "… Phó Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ đồng chủ trì".
                // So is a place named after someone, right after its level word: "…, Chủ tịch HĐND xã Đinh Văn Lâm Hà;".
                // After "và" the name is the next person's: "Chủ tịch UBND huyện Bình Sơn và Bùi Quang Thạnh, Giám đốc Sở …".
                if (lowercase && k > headEnd && _w.Keys[k - 1] != AndKey
                    && (EndsClause(inner.End) || (!afterMarker && EndsWithPhrase(k, _titles.NamesakeKeys))))
                {
                    k = inner.End;
                    afterMarker = false;
                    compoundTail = false;
                    continue;
                }

                // "Chủ tịch UBND xã Lạc Quới": right after a level word, two syllables opening with a rarer surname are the
                // place's name; a person written there without the place carries a common surname or a longer name.
                if (afterMarker && inner.End - k == 2 && !_surnames.IsCommonKey(_w.Keys[k]))
                {
                    k = inner.End;
                    afterMarker = false;
                    compoundTail = false;
                    continue;
                }

                // "Học viện Chính trị quốc gia Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh": inside a body, a "name" that is
                // exactly a known place names the body. Right after the head it is the person ("Chủ tịch Hồ Chí Minh").
                if (k > headEnd && Place(k) is var namedPlace && namedPlace >= inner.End - k)
                {
                    k += namedPlace;
                    afterMarker = false;
                    compoundTail = false;
                    inName = true;
                    continue;
                }

                break;
            }

            // The next office head starts the next title, unless it also names a body ("Trưởng đoàn Đại biểu Quốc hội tỉnh").
            if (HeadEnd(k) is >= 0 and var nextHead && Phrase(k, TitleWordClass.Body).Length < nextHead - k)
            {
                break;
            }

            if (Honorific(k) > 0)
            {
                break;
            }

            // "… Ban Tổ chức Tỉnh ủy A Thái": a one-letter ethnic name opener right after a body is the official, not the body.
            // After a person's name (a lowercase chain) the title already has its holder, so the words name the body's
            // place: "Nguyễn Văn B, Đồn trưởng Đồn Biên phòng A Nông".
            if (k > headEnd && SlotName(k) is { } slot)
            {
                if (!lowercase)
                {
                    break;
                }

                k = slot.End;
                afterMarker = false;
                compoundTail = false;
                continue;
            }

            if (afterMarker && word.IsCapitalized)
            {
                // An unknown place after a level word: up to three capitalized syllables ("xã Hữu Liên", "xã An Ninh Đông").
                k += word.Shape == WordShape.Number ? 1 : UnknownPlaceLength(k);
                afterMarker = false;
                compoundTail = false;
                continue;
            }

            // "Vụ Thi đua - Khen thưởng địa phương thuộc Ban Thi đua - Khen thưởng Trung ương": a unit and the body it belongs to.
            if (k > headEnd && punctuation.Length == 0 && ParentBodyAt(k) is > 0 and var parent)
            {
                k += parent;
                afterMarker = false;
                compoundTail = false;
                continue;
            }

            // "Phó Trưởng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực": a committee's remit, commas and all.
            if (k > headEnd && word.Shape == WordShape.Lower && punctuation.Length == 0 && RemitEnd(at, k) is > 0 and var remit)
            {
                k = remit;
                afterMarker = false;
                compoundTail = false;
                continue;
            }

            var (length, cls) = Phrase(k, BodyWords | TitleWordClass.Abbreviation);

            // "Phó Chủ tịch UBND huyện phụ trách công tác giảm nghèo": the work charged to the official is no part of the office.
            if (length > 0 && (cls & TitleWordClass.Qualifier) != 0 && k + length < _w.Count && _w[k + length].Shape == WordShape.Lower
                && _titles.PortfolioKeys.Contains(PhraseKey.Join(_w.Keys, k, length)))
            {
                break;
            }

            if (length > 0)
            {
                k += length;

                // A level word ending a longer body's name ("xã" of "Hợp tác xã") is no level: no place follows it.
                afterMarker = (cls & TitleWordClass.Level) != 0 && IsPlaceMarkerEnd(k);
                afterBody = (cls & TitleWordClass.Body) != 0 && (cls & (TitleWordClass.Level | TitleWordClass.Abbreviation)) == 0;

                // A capitalized level word may open a compound: "Thương binh và Xã hội". So may an abbreviation's letters
                // written in sentence case, which is an ordinary syllable: "Tư" ("TƯ") in "Sở Tư pháp".
                compoundTail = length == 1 && word.Shape == WordShape.Capitalized
                    && ((cls & TitleWordClass.Level) != 0 || ((cls & TitleWordClass.Abbreviation) != 0 && word.Text.Length > 1));
                continue;
            }

            if (word.IsCapitalized)
            {
                k++;
                afterMarker = false;
                compoundTail = word.Shape == WordShape.Capitalized;
                inName = true;
                continue;
            }

            // "Trưởng Ban Chỉ đạo 05 huyện": a committee named for the directive it carries out, with the level it works at.
            if (word.Shape == WordShape.Number && word.Text.Length <= 3 && punctuation.Length == 0 && EndsWithPhrase(k, _titles.CommitteeKeys))
            {
                k++;
                if (k < _w.Count && !_w.BreaksLine(k) && _w.Punctuation(k).Length == 0 && _w[k].Shape == WordShape.Lower
                    && Phrase(k, TitleWordClass.Level) is (1, var levelClass) && (levelClass & TitleWordClass.Level) != 0)
                {
                    k++;
                }

                compoundTail = false;
                continue;
            }

            // A unit's number ends a title: "Quân khu 4", "Chi bộ số 3", "Đại hội XIV".
            if (word.Shape == WordShape.Number && word.Text.Length <= 3 && (k + 1 >= _w.Count || _w.Punctuation(k + 1).Length > 0 || _w.BreaksLine(k + 1) || _w[k - 1].IsCapitalized
                    || (punctuation.Length == 0 && EndsWithPhrase(k, _titles.NumberedUnitKeys))))
            {
                k++;
                compoundTail = false;
                unitNumberEnds = _w[k - 2].Shape == WordShape.AllCaps;
                continue;
            }

            // The second syllable of a capitalized compound ("Nội vụ", "Y tế", "Doanh nghiệp").
            if (word.Shape == WordShape.Lower && compoundTail && punctuation.Length == 0
                && (!_titles.StopKeys.Contains(word.Key) || EndsWithPhrase(k + 1, _titles.CompoundKeys)))
            {
                k++;
                compoundTail = false;
                inName = true;
                continue;
            }

            // An ad-hoc committee's occasion in lowercase belongs to its office: "Trưởng Ban Tổ chức hội thi".
            if (word.Shape == WordShape.Lower && punctuation.Length == 0 && EndsWithPhrase(k, _titles.CommitteeKeys)
                && StartsWithPhrase(k, _titles.OccasionKeys) is > 0 and var occasion)
            {
                k += occasion;
                compoundTail = false;
                continue;
            }

            // "Quỹ Vì người nghèo tỉnh", "Ban Chỉ đạo diễn tập huyện", "Bộ Giao thông vận tải Nguyễn Văn A": lowercase words
            // after a body's name still belong to it when they run to its level, its parent body or the official's name.
            if (word.Shape == WordShape.Lower && punctuation.Length == 0 && (wasInName || wasAfterBody)
                && LowercaseRunEnd(k, lowercase) is > 0 and var runEnd)
            {
                k = runEnd;
                afterMarker = IsPlaceMarkerEnd(k);
                compoundTail = false;
                continue;
            }

            break;
        }

        // Connectors never end a title: "Bí thư Tỉnh ủy và" is "Bí thư Tỉnh ủy".
        while (k > headEnd && (Phrase(k - 1, TitleWordClass.Connector) is (1, var c)) && (c & TitleWordClass.Connector) != 0)
        {
            k--;
        }

        // Nor does a qualifier whose number was left out: "Bí thư Chi bộ nhiệm kỳ 2022 - 2025" is "Bí thư Chi bộ"
        // (the period is not part of the office); "Phó Chủ tịch Thường trực" keeps its qualifier.
        if (k < _w.Count && _w[k].Shape == WordShape.Number && !_w.BreaksLine(k))
        {
            for (var n = 1; n <= 2 && k - n > headEnd; n++)
            {
                if (Phrase(k - n, TitleWordClass.Qualifier) is var (length, q) && length == n && (q & TitleWordClass.Qualifier) != 0)
                {
                    k -= n;
                    break;
                }
            }
        }

        return new WordRange(at, k, headEnd);
    }

    /// <summary>Where a steering committee's remit written at <paramref name="at"/> ends, or -1: the title read so far from
    /// <paramref name="start"/> must name a committee, and the remit must close its clause or lead to a word that ends a title.</summary>
    private int RemitEnd(int start, int at)
    {
        if (!_titles.BoundaryFirstKeys.Contains(_w.Keys[at]))
        {
            return -1;
        }

        var committee = false;
        for (var j = start + 1; j <= at && !committee; j++)
        {
            committee = EndsWithPhrase(j, _titles.CommitteeKeys);
        }

        if (!committee)
        {
            return -1;
        }

        // A remit stays on its line; past a line break no longer phrase can be one.
        var longest = Math.Min(_titles.LongestRemit, _w.Count - at);
        for (var j = at + 1; j < at + longest; j++)
        {
            if (_w.BreaksLine(j))
            {
                longest = j - at;
                break;
            }
        }

        for (var n = longest; n >= 2; n--)
        {
            var end = at + n;
            if (!_titles.RemitKeys.Contains(PhraseKey.Join(_w.Keys, at, n)))
            {
                continue;
            }

            if (EndsClause(end) || _w[end].Shape != WordShape.Lower || _titles.StopKeys.Contains(_w.Keys[end]) || Phrase(end, TitleWordClass.Level).Length > 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>The syllables of a place's name the gazetteer does not know, written after a level word: up to three
    /// capitalized syllables on one run.</summary>
    /// <remarks>A person's name written right after the place ends it: one opening with a common surname ("xã Hàm Ninh
    /// Nguyễn Hoàng Khải"), or one with a rarer surname that runs past the place ("xã Tân Thành Lò Văn A"). A rarer
    /// surname is the place's own syllable when a common-surname name follows it or when its would-be name ends the
    /// clause within three syllables ("xã An Ninh Đông,").</remarks>
    /// <summary>A word in capitals that title-stops.tsv lists (a verb or preposition after a title) and no body phrase opens.</summary>
    private bool IsCapitalsStop(int at) =>
        _w[at].Shape == WordShape.AllCaps && _titles.StopKeys.Contains(_w.Keys[at]) && Phrase(at, BodyWords | TitleWordClass.Abbreviation).Length == 0;

    private int UnknownPlaceLength(int at)
    {
        const int most = 3;
        var run = _w.Run(at, most);
        var n = 1;
        while (n < run && _w[at + n].IsCapitalized && !IsCapitalsStop(at + n))
        {
            var j = at + n;
            if (Name(j) is { } name)
            {
                var personFollows = Name(j + 1) is not null && _surnames.IsCommonKey(_w.Keys[j + 1]);
                var endsPlace = name.End <= at + most && EndsClause(name.End);
                if (_surnames.IsCommonKey(_w.Keys[j]) || !(personFollows || endsPlace))
                {
                    break;
                }
            }

            n++;
        }

        return n;
    }

    /// <summary>Where "(ABBR) level" ends when it starts at a word, or -1: an abbreviation in capitals alone in brackets and the
    /// level word right after them ("(CDC) tỉnh", "(NN&amp;PTNT) huyện").</summary>
    private int BracketedAbbreviationEnd(int at)
    {
        if (at + 1 >= _w.Count || _w.Punctuation(at) != "(" || _w[at].Shape != WordShape.AllCaps || _w.BreaksLine(at + 1)
            || _w.Punctuation(at + 1) != ")")
        {
            return -1;
        }

        var (length, cls) = Phrase(at + 1, TitleWordClass.Level);
        return length > 0 && (cls & TitleWordClass.Level) != 0 ? at + 1 + length : -1;
    }

    /// <summary>The most lowercase words of a firm's trade between it and its own name ("Hợp tác xã dịch vụ nông nghiệp Thạnh Lợi").</summary>
    private const int MaxTradeWords = 3;

    /// <summary>
    /// Lowercase words after a body's name that still belong to it ("nghèo tỉnh" of "Quỹ Vì người nghèo tỉnh", "dự án đầu tư
    /// xây dựng huyện", "vận tải" of "Bộ Giao thông vận tải Nguyễn Văn A"): where the title goes on, or -1.
    /// </summary>
    /// <remarks>The run (up to six words, eight after a committee or a programme, on one clause, none a verb of title-stops.tsv, an honorific or an office) must reach
    /// what closes a body: a level word ending the clause or followed by a place, a name or a verb; a link to a parent body
    /// ("của Viện", "thuộc Ban …"); or, when the title is written before its holder, the holder's name. Anything else (an
    /// object after a verb the stop list lacks) leaves the title where it was.</remarks>
    /// <param name="listed">The run follows a comma inside a department's name ("Công chức, viên chức"): a field of one or two
    /// words may also end where the clause does, and a last field after "và" where an appointment follows.</param>
    private int LowercaseRunEnd(int from, bool lowercase, bool listed = false)
    {
        // A committee's or a programme's name runs longer than a body's ("Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh"),
        // and so does a department's list of fields ("Tổ chức, biên chế và tổ chức phi chính phủ").
        var most = listed || EndsWithPhrase(from, _titles.CommitteeKeys) || EndsWithPhrase(from, _titles.ProgrammeKeys) ? 8 : 6;

        // In a department's list, the field after "và" is the last ("tổ chức phi chính phủ"): the list ends where an appointment
        // to an office follows it ("… giữ chức Phó Giám đốc …"). Anything else may be a clause of its own ("…, người dân và
        // doanh nghiệp đều đồng tình").
        const int longestField = 5;
        var joined = false;
        var joinedAt = -1;
        for (var j = from; j < _w.Count && j - from <= most; j++)
        {
            if (j > from && BracketedAbbreviationEnd(j) > 0)
            {
                return j;
            }

            if (j > from && (_w.BreaksLine(j) || _w.Punctuation(j).Length > 0))
            {
                return listed && j - from <= 2 ? j : -1;
            }

            if (_w[j].Shape != WordShape.Lower)
            {
                // "Hợp tác xã Dừa hữu cơ Mỏ Cày Nam cho biết": a known place closing the clause names the body's seat.
                var seat = j > from && Place(j) is > 0 and var place
                    && (EndsClause(j + place) || (_w[j + place].Shape == WordShape.Lower && _titles.StopKeys.Contains(_w.Keys[j + place])));

                // "Hợp tác xã chè Tân Cương Xanh": a firm's own name after a few words of its trade.
                var firmName = j > from && j - from <= MaxTradeWords && _w[j].Shape == WordShape.Capitalized && EndsWithPhrase(from, _titles.FirmKeys)
                    && HeadEnd(j) < 0 && Honorific(j) == 0;
                return seat || firmName || (!lowercase && j > from && Name(j) is not null) ? j : -1;
            }

            var stops = _titles.StopKeys.Contains(_w.Keys[j]) && StartsWithPhrase(j, _titles.CompoundKeys) == 0;
            if (joined && j > joinedAt && CueRun(j) is var (target, anchored) && anchored && target < _w.Count && _w.SpaceBefore(target)
                && HeadEnd(target) >= 0)
            {
                return j;
            }

            if (joined && j - joinedAt >= longestField)
            {
                return -1;
            }

            if (j - from == most || stops || Honorific(j) > 0 || HeadEnd(j, lowercase: true) >= 0)
            {
                return -1;
            }

            if (listed && j > from + 1 && _w.Keys[j - 1] == AndKey && !joined)
            {
                joined = true;
                joinedAt = j;
            }

            if (j > from && ParentBodyAt(j) > 0)
            {
                return j;
            }

            var (length, cls) = Phrase(j, TitleWordClass.Level | TitleWordClass.Connector);

            // "Viện Công nghệ sinh học và Thực phẩm": "và" before a capitalized field that opens no body, office or name
            // joins the last field to the same body's name.
            if (j > from && _w.Keys[j] == AndKey && j + 1 < _w.Count && _w.SpaceBefore(j + 1) && _w.Punctuation(j + 1).Length == 0
                && _w[j + 1].Shape == WordShape.Capitalized && Name(j + 1) is null && HeadEnd(j + 1) < 0 && Honorific(j + 1) == 0
                && Phrase(j + 1, TitleWordClass.Body | TitleWordClass.BodyHead | TitleWordClass.Abbreviation | TitleWordClass.Level).Length == 0
                && Place(j + 1) == 0)
            {
                return j + 1;
            }

            if (length > 0 && (cls & TitleWordClass.Connector) != 0 && (cls & TitleWordClass.Level) == 0
                && !(listed && j > from && _w.Keys[j] == AndKey && !joined))
            {
                // "và", "các": another body or person may follow; the run does not cross them (but for the last of a department's fields).
                return -1;
            }

            if (j > from && length > 0 && (cls & TitleWordClass.Level) != 0)
            {
                var end = j + length;
                var closes = EndsClause(end)
                    || (_w.SpaceBefore(end) && (_w[end].IsCapitalized || _titles.StopKeys.Contains(_w.Keys[end])));
                return closes ? end : -1;
            }
        }

        return -1;
    }

    /// <summary>A link from a unit to the body it belongs to ("thuộc", "của") followed by that body's capitalized name: the link's
    /// length in words, or 0.</summary>
    private int ParentBodyAt(int at)
    {
        var link = StartsWithPhrase(at, _titles.ParentKeys);
        if (link == 0)
        {
            return 0;
        }

        var body = at + link;
        if (body >= _w.Count || !_w.SpaceBefore(body) || !_w[body].IsCapitalized || HeadEnd(body) >= 0 || Name(body) is not null)
        {
            return 0;
        }

        var opensBody = Phrase(body, TitleWordClass.Body | TitleWordClass.BodyHead | TitleWordClass.Abbreviation).Length > 0
            || StartsWithPhrase(body, _titles.UnitKeys) > 0;
        return opensBody ? link : 0;
    }

    /// <summary>True when the office's own body is a department: its head ends with one ("Trưởng phòng") or its body opens with one ("Vụ").</summary>
    private bool OpensWithUnit(int headEnd) => EndsWithPhrase(headEnd, _titles.UnitKeys) || StartsWithPhrase(headEnd, _titles.UnitKeys) > 0;

    /// <summary>
    /// "Sở Văn hóa, Thể thao và Du lịch": after a comma inside a body's name, capitalized fields (each a word and maybe its
    /// second syllable) separated by commas, the last after "và", are the same body's. Where they end, or -1.
    /// </summary>
    /// <remarks>A field that is an office, a name, an honorific or a body of its own ("Sở", "Ban", "UBND") is another title or
    /// person, so the list is not read. Without the closing "và" the comma ends the title as before.</remarks>
    private int PortfolioEnd(int comma)
    {
        const int mostFields = 4;
        var j = comma;
        for (var fields = 0; fields < mostFields; fields++)
        {
            if (j >= _w.Count || _w.BreaksLine(j) || !IsField(j))
            {
                return -1;
            }

            var last = fields > 0 && _w.Keys[j - 1] == AndKey;
            j++;
            if (j < _w.Count && _w.SpaceBefore(j) && _w[j].Shape == WordShape.Lower && !_titles.StopKeys.Contains(_w.Keys[j])
                && Phrase(j, TitleWordClass.Connector).Length == 0)
            {
                j++;
            }

            if (last)
            {
                return j;
            }

            if (j >= _w.Count || _w.BreaksLine(j))
            {
                return -1;
            }

            if (_w.SpaceBefore(j) && _w.Keys[j] == AndKey)
            {
                j++;
                if (j >= _w.Count || !_w.SpaceBefore(j))
                {
                    return -1;
                }
            }
            else if (_w.Punctuation(j) != ",")
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsField(int at) =>
        _w[at].Shape == WordShape.Capitalized && HeadEnd(at) < 0 && Name(at) is null && Honorific(at) == 0
        && Phrase(at, TitleWordClass.Body | TitleWordClass.BodyHead | TitleWordClass.Abbreviation).Length == 0
        && StartsWithPhrase(at, _titles.UnitKeys) == 0;

    /// <summary>True when no word follows on the same clause: the end of the text or line, or a punctuation mark.</summary>
    private bool EndsClause(int at) => at >= _w.Count || _w.BreaksLine(at) || _w.Punctuation(at).Length > 0;

    /// <summary>
    /// "Phó Vụ trưởng Vụ Địa phương 1, Ban Tổ chức Trung ương": a comma after a department's name followed by a body (not an
    /// office, not a name) is the body the department belongs to, so the office goes on. "Bí thư Tỉnh ủy, Chủ tịch …" still splits.
    /// </summary>
    private bool ContinuesIntoParentBody(int headEnd, int k, string punctuation)
    {
        if (punctuation != "," || k <= headEnd + 1 || _w[k].Shape != WordShape.Capitalized || HeadEnd(k) >= 0 || Name(k) is not null
            || Phrase(k, TitleWordClass.Body).Length == 0)
        {
            return false;
        }

        // The office's own body must open with a department word ("Vụ", "Phòng"), read right after the head.
        return StartsWithPhrase(headEnd, _titles.UnitKeys) > 0;
    }

    private bool ContinuesAcross(int k, string punctuation)
    {
        var word = _w[k];
        var tight = _w.Tight(k);
        return punctuation switch
        {
            // "UBND TP. Nha Trang"
            "." => _w.Keys[k - 1] == "tp" && word.IsCapitalized,

            // "Ban Tuyên giáo-Tổng hợp", "Chi bộ Quản trị-Tài vụ"
            "-" when tight => word.IsCapitalized && HeadEnd(k) < 0 && Name(k) is null,

            // "Đảng ủy cơ quan Đảng – Đoàn thể", "Sở Lao động - Thương binh và Xã hội"
            "-" or "–" or "—" => word.IsCapitalized && HeadEnd(k) < 0 && Name(k) is null && Honorific(k) == 0,

            // "Chánh văn phòng Đoàn ĐBQH, HĐND và UBND TP Đà Nẵng"
            "," => word.Shape == WordShape.AllCaps
                && Phrase(k, TitleWordClass.Abbreviation).Class is var cls
                && (cls & TitleWordClass.Body) != 0 && (cls & TitleWordClass.Office) == 0,
            _ => false,
        };
    }

    /// <summary>True when a word holds a digit outside 0-9 (another script's digits), as <see cref="char.IsDigit(char)"/> reads them.</summary>
    private static bool HasOtherDigit(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Titles one after another from a word, separated by commas, dashes, joiners ("kiêm", "đồng thời là", "và") or nothing.</summary>
    /// <param name="lowercase">Accept offices written in lowercase, as after a name and a separator ("Phạm Văn A - phó Bí thư Tỉnh ủy").</param>
    public TitleChain? Chain(int at, bool lowercase = false)
    {
        if (Title(at, lowercase) is not { } first)
        {
            return null;
        }

        var titles = ImmutableArray.CreateBuilder<WordRange>();
        titles.Add(first);
        var k = first.End;
        while (k < _w.Count && !_w.BreaksLine(k))
        {
            var punctuation = _w.Punctuation(k);
            if (punctuation is not ("" or "," or "-" or "–" or "—"))
            {
                break;
            }

            // "Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện", "…, đồng thời là Phó Chủ tịch …", "Bí thư Huyện ủy và Chủ tịch HĐND huyện".
            var joiner = punctuation is "" or "," ? StartsWithPhrase(k, _titles.JoinerKeys) : 0;
            var next = k + joiner;
            if (joiner > 0 && (next >= _w.Count || !_w.SpaceBefore(next)))
            {
                break;
            }

            if (Title(next, lowercase) is not { } title || title.End == title.Start)
            {
                break;
            }

            // "… Bí thư Tỉnh ủy A và Chủ tịch UBND tỉnh B": after "and" a title with its own holder is the next person's. Read
            // as written before a holder, not as the rest of a chain that may end on a place named after someone.
            if (joiner > 0 && _w.Keys[k] == AndKey
                && (HolderFollows(title.End) || (lowercase && Title(next) is { } plain && HolderFollows(plain.End))))
            {
                break;
            }

            titles.Add(title);
            k = title.End;
        }

        return new TitleChain(titles.ToImmutable());
    }

    /// <summary>True when a person's name (after honorifics, if any) follows a title directly.</summary>
    private bool HolderFollows(int at)
    {
        if (at >= _w.Count || _w.BreaksLine(at) || _w.Punctuation(at) is not ("" or "-" or "–" or "—"))
        {
            return false;
        }

        var k = at;
        while (k < _w.Count && Honorific(k) is > 0 and var honorific)
        {
            k += honorific;
        }

        return Name(k) is not null || SlotName(k) is not null;
    }

    /// <summary>After a person and their titles, the words of an appointment ("giữ chức", "được bầu làm") that lead to more titles: where those titles start, or -1.</summary>
    /// <remarks>The cue may follow a comma closing the title chain ("A, nguyên Bí thư Huyện ủy, được điều động nhận nhiệm vụ …")
    /// or an aside ("A (Trưởng ấp Long Hòa) giữ chức …"): both end the titles the person held, not the sentence.</remarks>
    public int AppointmentTarget(int from)
    {
        if (from < _w.Count && (_w.SpaceBefore(from) || ClosesTitles(from)) && CueRun(from) is var (k, anchored)
            && anchored && k < _w.Count && _w.SpaceBefore(k) && HeadEnd(k) >= 0)
        {
            return k;
        }

        return LaterAppointmentTarget(from);
    }

    /// <summary>
    /// "chỉ định đồng chí A, Phó Chánh Văn phòng Tỉnh ủy, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy":
    /// the appointment may come later in the same clause, after other duties, opened by a comma or "và". The scan stops at the
    /// end of the clause (a line break, '.', ';', ':') and at another person's name, whose appointment it would be.
    /// </summary>
    private int LaterAppointmentTarget(int from)
    {
        const int reach = 14;
        for (var j = from + 1; j < _w.Count && j - from <= reach; j++)
        {
            if (_w.BreaksLine(j) || _w.Punctuation(j) is "." or ";" or ":" || Name(j) is not null || Honorific(j) > 0)
            {
                return -1;
            }

            if (!(_w.Punctuation(j) == "," || (j > from && _w.Keys[j - 1] == AndKey)) || !_titles.CueKeys.Contains(_w.Keys[j]))
            {
                continue;
            }

            if (CueRun(j) is var (k, anchored) && anchored && k < _w.Count && _w.SpaceBefore(k) && HeadEnd(k) >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// A run of appointment cue words from a word ("nhận quyết định điều động giữ chức"): where it ends and whether it holds an
    /// anchor ("giữ", "làm"). The body that elects may stand inside it ("được Ban Chấp hành bầu giữ chức").
    /// </summary>
    private (int End, bool Anchored) CueRun(int start)
    {
        const int most = 10;
        var k = start;
        var anchored = false;
        var bodySeen = false;
        while (k < _w.Count && k - start < most && (k == start || _w.SpaceBefore(k)))
        {
            if (_titles.CueKeys.Contains(_w.Keys[k]))
            {
                anchored |= _titles.CueAnchorKeys.Contains(_w.Keys[k]);
                k++;
                continue;
            }

            var body = bodySeen || k == start ? 0 : ElectingBodyLength(k);
            if (body == 0 || k + body >= _w.Count || !_w.SpaceBefore(k + body) || !_titles.CueKeys.Contains(_w.Keys[k + body]))
            {
                break;
            }

            bodySeen = true;
            k += body;
        }

        return (k, anchored);
    }

    /// <summary>A body named inside an appointment ("Ban Chấp hành", "Hội đồng nhân dân tỉnh", "Đại hội"): its length, or 0.</summary>
    private int ElectingBodyLength(int at)
    {
        const int most = 6;
        if (!_w[at].IsCapitalized)
        {
            return 0;
        }

        var j = at;
        while (j < _w.Count && j - at < most && (j == at || _w.SpaceBefore(j)) && !_titles.CueKeys.Contains(_w.Keys[j]))
        {
            if (Name(j) is not null || HeadEnd(j) >= 0 || Honorific(j) > 0)
            {
                return 0;
            }

            var (length, _) = Phrase(j, BodyWords | TitleWordClass.Abbreviation);
            if (length > 0)
            {
                j += length;
                continue;
            }

            if (!_w[j].IsCapitalized)
            {
                break;
            }

            j++;
            if (j < _w.Count && _w.SpaceBefore(j) && _w[j].Shape == WordShape.Lower && !_titles.CueKeys.Contains(_w.Keys[j])
                && Phrase(j, BodyWords).Length == 0 && !_titles.StopKeys.Contains(_w.Keys[j]))
            {
                j++;
            }
        }

        return j - at;
    }

    /// <summary>
    /// "ông A, đảng viên, Trưởng phòng …": a standing that is no office, between commas after a name. Where the words after it
    /// resume (at its closing comma), or <paramref name="at"/> when none stands there.
    /// </summary>
    public int SkipStatus(int at)
    {
        if (at >= _w.Count || _w.BreaksLine(at) || _w.Punctuation(at) != ",")
        {
            return at;
        }

        var end = at + StartsWithPhrase(at, _titles.StatusKeys);
        if (end == at || end >= _w.Count || _w.BreaksLine(end))
        {
            return at;
        }

        // "A, đảng viên Chi bộ Phòng Tài nguyên và Môi trường, Phó Trưởng phòng …": the branch a member belongs to is part of the standing.
        if (_w.Punctuation(end).Length == 0 && _w[end].IsCapitalized)
        {
            var j = end;
            while (j < _w.Count && j - end < MaxMembershipWords && !_w.BreaksLine(j) && (j == end || _w.Punctuation(j).Length == 0))
            {
                j++;
            }

            end = j;
        }

        return end < _w.Count && !_w.BreaksLine(end) && _w.Punctuation(end) == "," ? end : at;
    }

    /// <summary>The most words of the branch named after a member's standing ("đảng viên Chi bộ …").</summary>
    private const int MaxMembershipWords = 10;

    /// <summary>True when only a comma or a closing parenthesis (and spaces) come before the word, on the same line.</summary>
    private bool ClosesTitles(int k) => !_w.BreaksLine(k) && !_w.Tight(k) && _w.Punctuation(k) is "," or ")" or "),";
}
