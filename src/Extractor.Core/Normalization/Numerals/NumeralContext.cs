using System.Collections.Frozen;
using Extractor.Documents;
using Extractor.Lexicons;
using Extractor.Normalization.Unicode;

namespace Extractor.Normalization.Numerals;

/// <summary>Decides from the surrounding words what a written number is: a quantity, or a date, time, year, period, identifier, ordinal …</summary>
/// <remarks>
/// This is the numeral side's own guard, independent of the date grammar: "Sáng 2-7", "16.7" after "Sáng",
/// "số 35-CT/TW", "Khoản 2, Điều 30", "khóa XII", "năm 2020", "17h30", "6 tháng", "94 năm ngày truyền thống".
/// The words are data (<c>numeral-context.tsv</c>, <c>units.tsv</c>). Thread-safe; never throws.
/// </remarks>
public static class NumeralContext
{
    private static readonly FrozenDictionary<string, Cue> Before = LoadBefore();

    /// <summary><see cref="Before"/> looked up by span: the phrase is built lowercase in a stack buffer.</summary>
    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> BeforeBySpan = Before.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that follow a bare day and month but never a ratio (<c>date-followers.tsv</c>).</summary>
    private static readonly FrozenSet<string> DateFollowers = LexiconResource.ReadRows("Normalization/date-followers.tsv")
        .Select(row => Unicode.VietnameseText.NormalizeExpression(row[0]).Text)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The role of the number whose core (digits or words, no unit) is <paramref name="core"/> in <paramref name="text"/>.</summary>
    public static NumeralRole Classify(string text, TextSpan core)
    {
        if (core.Start < 0 || core.End > text.Length || core.Length == 0)
        {
            return NumeralRole.Quantity;
        }

        if (RomanNumeral.TryParse(text.AsSpan(core.Start, core.Length), out _))
        {
            return NumeralRole.Ordinal;
        }

        if (!NumeralScanner.TryRead(text, core.Start, out var token))
        {
            return DigitsRole(text, core);
        }

        return Classify(text, token);
    }

    /// <summary>True when the span holds a date, time, year or period expression rather than a quantity.</summary>
    public static bool IsTemporal(string text, TextSpan core) =>
        Classify(text, core) is NumeralRole.Date or NumeralRole.Time or NumeralRole.Year or NumeralRole.Period or NumeralRole.Duration;

    internal static NumeralRole Classify(string text, NumeralToken token)
    {
        // "trong năm đơn vị đã …": after "trong", "cả", "mỗi" the word "năm" is the year, not five.
        var yearWord = token.Shape.HasFlag(NumeralShape.Words) && token.End - token.Start == 3
            && text.AsSpan(token.Start, 3).Equals("năm", StringComparison.OrdinalIgnoreCase);
        var before = RoleBefore(text, token.Start, out var document, yearWord);
        var after = token.End;
        var next = after < text.Length ? text[after] : '\0';
        var next2 = after + 1 < text.Length ? text[after + 1] : '\0';
        var digitsOnly = token.Shape.HasFlag(NumeralShape.Digits) && !token.Shape.HasFlag(NumeralShape.Words)
            && !token.Shape.HasFlag(NumeralShape.Scaled);

        if (token.Start >= 2 && text[token.Start - 1] is '-' or '/' or '_' && char.IsLetter(text[token.Start - 2])
            && !PairedCount(text, token))
        {
            return NumeralRole.Identifier; // "COVID-19", "CT/12"
        }

        // Road and route codes: "ĐT.639", "QL.1A", "TL.12".
        if (token.Start >= 2 && text[token.Start - 1] == '.' && char.IsUpper(text[token.Start - 2]))
        {
            return NumeralRole.Identifier;
        }

        // "ấp Nhơn Lộc 2 nhận nhà", "thôn Tân Lập 3 có …": a small number right after a place's name inside a sentence is part
        // of the name, unless what it counts follows.
        if (digitsOnly && token.End - token.Start <= 2 && before == NumeralRole.Quantity && next == ' ' && AfterNameInSentence(text, token.Start)
            && !CountedNounFollows(text, after) && !ScaleOrPercentFollows(text, after))
        {
            return NumeralRole.Identifier;
        }

        if (digitsOnly)
        {
            // Codes: "35-CT/TW", "433/QĐ-UBND", "13-NQ/TU".
            if (next is '-' or '/' or '–' && char.IsUpper(next2))
            {
                return NumeralRole.Identifier;
            }

            // A zero whole ("12/0", "0/0", "5/00"): a code or a typo, never a share.
            if (next == '/' && char.IsAsciiDigit(next2) && ZeroWhole(text, after + 1))
            {
                return NumeralRole.Identifier;
            }

            // Clock times: "09:07", "17h30", "8h", "8g30".
            if ((next == ':' && char.IsAsciiDigit(next2)) || (next is 'h' or 'g' or 'H' && (char.IsAsciiDigit(next2) || !char.IsLetter(next2))))
            {
                return NumeralRole.Time;
            }

            if (next is '/' or '-' or '.' && char.IsAsciiDigit(next2) && DayMonth(text, token, before) is { } dayMonth)
            {
                return dayMonth;
            }

            if (token.Shape.HasFlag(NumeralShape.DotFraction) && before == NumeralRole.Date)
            {
                return NumeralRole.Date; // "Sáng 16.7"
            }

            var length = token.End - token.Start;
            if (token.Shape.HasFlag(NumeralShape.ZeroLed) && length > 3)
            {
                return NumeralRole.Phone;
            }

            if (length >= 9 && !token.Shape.HasFlag(NumeralShape.Grouped) && !token.Shape.HasFlag(NumeralShape.Fraction))
            {
                return NumeralRole.Phone;
            }

            if (length == 4 && token.Value is >= 1900 and <= 2100 && next != '%' && !ScaleOrPercentFollows(text, after)
                && !(before == NumeralRole.Quantity && CountedNounFollows(text, after)))
            {
                return before == NumeralRole.Period || RangeFollows(text, after) ? NumeralRole.Period : NumeralRole.Year;
            }
        }

        // "vượt chỉ tiêu nghị quyết 2 đảng viên": a document's name before a number that counts people or bodies is not its number.
        if (document && CountedHeadFollows(text, after))
        {
            before = NumeralRole.Quantity;
        }

        if (before != NumeralRole.Quantity)
        {
            return before;
        }

        return UnitRole(text, after);
    }

    /// <summary>
    /// "612 vụ/1.034 bị can": a count after a slash that follows a lowercase counted noun, and is itself followed by one, is a second
    /// count written beside the first, not part of a code ("CT/12" has capitals and no noun after it).
    /// </summary>
    private static bool PairedCount(string text, NumeralToken token)
    {
        if (text[token.Start - 1] != '/' || !char.IsLower(text[token.Start - 2]))
        {
            return false;
        }

        // The noun before the slash counts a number of its own: "612 vụ/".
        var before = TextWords.SkipSpacesBack(text, TextWords.WordStart(text, token.Start - 1));
        if (before == 0 || !char.IsAsciiDigit(text[before - 1]))
        {
            return false;
        }

        var noun = TextWords.SkipSpaces(text, token.End);
        if (noun == token.End)
        {
            return false;
        }

        return UnitLexicon.TryMatch(text, noun, out var unit)
            ? unit.Class is UnitClass.Head or UnitClass.Classifier
            : NumberExpressionReader.FallbackNoun(text, noun) > noun;
    }

    /// <summary>What the word after the number makes it: a duration or an anniversary when it is a time unit.</summary>
    private static NumeralRole UnitRole(string text, int after)
    {
        if (after < text.Length && text[after] == '%')
        {
            return NumeralRole.Quantity;
        }

        var i = TextWords.SkipSpaces(text, after);
        if (!UnitLexicon.TryMatch(text, i, out var unit) || unit.Class != UnitClass.Time)
        {
            return NumeralRole.Quantity;
        }

        var following = TextWords.NextWord(text, unit.End, out _);
        if (TextWords.Is(following, "ngày") || TextWords.Is(following, "thành") || TextWords.Is(following, "truyền")
            || char.IsUpper(text[i]))
        {
            return NumeralRole.Anniversary; // "94 năm ngày truyền thống", "30 Ngày thành lập"
        }

        return NumeralRole.Duration;
    }

    /// <summary>"2-7", "16/8", "16.7", "13/10/2004": a date when shaped like one and nothing says it is a ratio or a range.</summary>
    private static NumeralRole? DayMonth(string text, NumeralToken token, NumeralRole before)
    {
        var separator = text[token.End];
        var j = token.End + 1;
        var k = j;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        if (k - j > 4 || !int.TryParse(text.AsSpan(j, k - j), out var second))
        {
            return null;
        }

        var first = token.Value;
        var third = k + 1 < text.Length && text[k] == separator && char.IsAsciiDigit(text[k + 1]);
        if (!third && before == NumeralRole.Quantity && separator == '/' && QualifierLexicon.TryMatchBefore(text, token.Start, out _, out _, out _))
        {
            return null; // "gần 1/3", "hơn 2/3": a bound or an approximation is written before shares, not dates
        }

        if (third)
        {
            return NumeralRole.Date; // d/m/y, d-m-y, d.m.y
        }

        if (before is NumeralRole.Date)
        {
            return NumeralRole.Date;
        }

        if (k - j == 4 && second is >= 1900 and <= 2100 && first is >= 1 and <= 12)
        {
            return NumeralRole.Date; // "3/2024", "tháng 3/2024"
        }

        if (k - j == 4 && first is >= 1900 and <= 2100 && second is >= 1900 and <= 2100)
        {
            return NumeralRole.Period; // "2015-2020"
        }

        if (first is < 1 or > 31 || second is < 1 or > 12 || token.Shape != NumeralShape.Digits)
        {
            return null;
        }

        // "24-26/10", "24 – 26/10": the last day of a run of days, whatever follows it ("diễn ra từ 24-26/10 với …").
        if (separator == '/' && EndsRunOfDays(text, token.Start, first))
        {
            return NumeralRole.Date;
        }

        // "đợt 19/5 và 2/9", "các ngày 3/2, 19/5": a day and month listed after another is a date too.
        if (separator == '/' && FollowsListedDate(text, token.Start) && !CountsAfter(text, k))
        {
            return NumeralRole.Date;
        }

        // "Ngày Quốc tế Phụ nữ 8/3 và …", "Ngày Nhà giáo Việt Nam 20/11": the date of a named day, counting nothing after it.
        if (separator == '/' && NamesDay(text, token.Start) && !CountsAfter(text, k))
        {
            return NumeralRole.Date;
        }

        // "11/11 chi bộ" and "2-3 người" are a ratio and a range; "2-7" alone, before a comma or before a word that follows days
        // ("26/10 với sự tham gia", "16/8 tại …") is a date: a ratio or a range is followed by what it counts, not by "với".
        var nextWord = TextWords.NextWord(text, k, out _);
        if (!nextWord.IsEmpty && char.IsLower(nextWord[0]) && k < text.Length && text[k] == ' '
            && !(separator == '/' && DateFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord)))
        {
            return null;
        }

        // Without a date word before it, only "16/8" reads as a date: "2-3" is a range and "16.7" a decimal.
        return separator == '/' ? NumeralRole.Date : null;
    }

    /// <summary>True when a capitalized "Ngày" opens a name a few words before the number, with no clause break between.</summary>
    private static bool NamesDay(string text, int start)
    {
        const int reach = 48;
        for (var i = start - 1; i >= 0 && start - i <= reach; i--)
        {
            if (text[i] is '.' or ',' or ';' or ':' or '\n' or '(' or ')' || char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            if (text[i] == 'N' && (i == 0 || !char.IsLetter(text[i - 1])) && string.CompareOrdinal(text, i, "Ngày ", 0, 5) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a capitalized word (not in capitals) stands right before the number and another word before it on the
    /// same clause: the number closes a name ("ấp Nhơn Lộc 2"), not a sentence's opening word ("Với 4 sản phẩm").</summary>
    private static bool AfterNameInSentence(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var wordEnd = start - 1;
        var wordStart = TextWords.WordStart(text, wordEnd);
        if (wordStart == wordEnd || !char.IsUpper(text[wordStart]) || !HasLower(text.AsSpan(wordStart + 1, wordEnd - wordStart - 1)))
        {
            return false;
        }

        var gap = wordStart - 1;
        return gap > 0 && text[gap] == ' ' && char.IsLetter(text[gap - 1]);
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "d/m," or "d/m và" stands right before the number at <paramref name="start"/>.</summary>
    private static bool FollowsListedDate(string text, int start)
    {
        var i = TextWords.SkipSpacesBack(text, start);
        if (i > 0 && text[i - 1] == ',')
        {
            i--;
        }
        else if (TextWords.WordStart(text, i) is var link && link < i && TextWords.Is(text.AsSpan(link, i - link), "và"))
        {
            i = link;
        }
        else
        {
            return false;
        }

        i = TextWords.SkipSpacesBack(text, i);
        var month = i;
        while (month > 0 && char.IsAsciiDigit(text[month - 1]))
        {
            month--;
        }

        if (i - month is not (1 or 2) || month < 2 || text[month - 1] != '/')
        {
            return false;
        }

        var day = month - 1;
        while (day > 0 && char.IsAsciiDigit(text[day - 1]))
        {
            day--;
        }

        return month - 1 - day is 1 or 2 && (day == 0 || !char.IsLetterOrDigit(text[day - 1]) && text[day - 1] is not ('/' or '.' or ','))
            && int.TryParse(text.AsSpan(day, month - 1 - day), out var d) && d is >= 1 and <= 31
            && int.TryParse(text.AsSpan(month, i - month), out var m) && m is >= 1 and <= 12;
    }

    /// <summary>True when a counted noun follows the number that ends at <paramref name="end"/> ("11/11 khu dân cư").</summary>
    private static bool CountsAfter(string text, int end)
    {
        var noun = TextWords.SkipSpaces(text, end);
        return noun > end && (UnitLexicon.TryMatch(text, noun, out _) || NumberExpressionReader.FallbackNoun(text, noun) > noun);
    }

    /// <summary>True when a smaller day and a dash or "đến" stand right before the number at <paramref name="start"/>: "24-26/10",
    /// "24 – 26/10", "20 đến 25/10".</summary>
    private static bool EndsRunOfDays(string text, int start, decimal last)
    {
        var i = TextWords.SkipSpacesBack(text, start);
        if (i > 0 && text[i - 1] is '-' or '–')
        {
            i--;
        }
        else if (TextWords.WordStart(text, i) is var linkStart && linkStart < i
            && (TextWords.Is(text.AsSpan(linkStart, i - linkStart), "đến") || TextWords.Is(text.AsSpan(linkStart, i - linkStart), "tới")))
        {
            i = linkStart;
        }
        else
        {
            return false;
        }

        i = TextWords.SkipSpacesBack(text, i);
        var digitsEnd = i;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            i--;
        }

        return digitsEnd - i is 1 or 2 && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not ('/' or '.' or ','))
            && int.TryParse(text.AsSpan(i, digitsEnd - i), out var firstDay) && firstDay >= 1 && firstDay < last;
    }

    /// <summary>True when the digits at <paramref name="start"/> are all zeros and end the number ("0", "00").</summary>
    private static bool ZeroWhole(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == '0')
        {
            i++;
        }

        return i > start && (i == text.Length || !char.IsAsciiDigit(text[i]))
            && !(i + 1 < text.Length && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]));
    }

    /// <summary>"2020 đảng viên": a year-like number right before a counted noun, a currency or a measure is a quantity.</summary>
    /// <summary>A counted noun (not money or a measure, which document numbers are never followed by either) right after the number.</summary>
    private static bool CountedHeadFollows(string text, int after)
    {
        // "kết luận 31/36 tổ chức đảng": the whole of a share stands between the number and what it counts.
        if (after + 1 < text.Length && text[after] == '/' && char.IsAsciiDigit(text[after + 1]))
        {
            after++;
            while (after < text.Length && (char.IsAsciiDigit(text[after]) || (text[after] == '.' && after + 1 < text.Length && char.IsAsciiDigit(text[after + 1]))))
            {
                after++;
            }
        }

        var i = TextWords.SkipSpaces(text, after);
        return i > after && UnitLexicon.TryMatch(text, i, out var unit) && unit.Class is UnitClass.Head or UnitClass.Classifier;
    }

    private static bool CountedNounFollows(string text, int after)
    {
        var i = TextWords.SkipSpaces(text, after);
        return i > after && UnitLexicon.TryMatch(text, i, out var unit)
            && unit.Class is UnitClass.Head or UnitClass.Classifier or UnitClass.Money or UnitClass.Measure;
    }

    private static NumeralRole DigitsRole(string text, TextSpan core) =>
        core.End < text.Length && text[core.End] is ':' ? NumeralRole.Time : NumeralRole.Quantity;

    private static bool ScaleOrPercentFollows(string text, int after)
    {
        var i = TextWords.SkipSpaces(text, after);
        if (i < text.Length && text[i] == '%')
        {
            return true;
        }

        var word = TextWords.NextWord(text, after, out _);
        return NumeralScanner.TryWord(word, out _, out var role) && role == NumberWordRole.Scale;
    }

    private static bool RangeFollows(string text, int after)
    {
        var i = TextWords.SkipSpaces(text, after);
        if (i < text.Length && text[i] is '-' or '–' or '—')
        {
            i = TextWords.SkipSpaces(text, i + 1);
            return i + 3 < text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 3]);
        }

        return false;
    }

    /// <summary>The role the one to three words before the number give it.</summary>
    internal static NumeralRole RoleBefore(string text, int start) => RoleBefore(text, start, out _);

    /// <summary>The role the one to three words before the number give it; <paramref name="document"/> when they name a document.</summary>
    private static NumeralRole RoleBefore(string text, int start, out bool document, bool yearWord = false)
    {
        document = false;
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or ':' or '(')
        {
            end--;
        }

        Span<char> phrase = stackalloc char[48];
        var wordEnd = end;
        var length = 0;
        var result = NumeralRole.Quantity;
        for (var words = 0; words < 3; words++)
        {
            var wordStart = TextWords.WordStart(text, wordEnd);
            if (wordStart == wordEnd)
            {
                break;
            }

            var wordLength = wordEnd - wordStart;
            var total = wordLength + (length > 0 ? 1 + length : 0);
            if (total > phrase.Length)
            {
                break;
            }

            // The phrase fills the buffer from its end, so a word is prepended in place, lowercased once as it is written
            // (lowercasing is per character), instead of shifting and lowercasing the whole phrase again for each word.
            var at = phrase.Length - total;
            Lowercase.Write(text.AsSpan(wordStart, wordLength), phrase.Slice(at, wordLength));
            if (length > 0)
            {
                phrase[at + wordLength] = ' ';
            }

            length = total;
            if (BeforeBySpan.TryGetValue(phrase[at..], out var cue) && (!cue.YearWordOnly || yearWord))
            {
                result = cue.Role; // the longest phrase wins ("lượt xem" over "xem", "tổng số" over "số")
                document = cue.Document;
            }

            wordEnd = wordStart;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            if (wordEnd == wordStart)
            {
                break;
            }
        }

        return result;
    }

    private static FrozenDictionary<string, Cue> LoadBefore()
    {
        var map = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("Normalization/numeral-context.tsv"))
        {
            var role = row[1] switch
            {
                "quantity" => NumeralRole.Quantity,
                "date" => NumeralRole.Date,
                "year" => NumeralRole.Year,
                "period" => NumeralRole.Period,
                "ordinal" => NumeralRole.Ordinal,
                "identifier" or "document" => NumeralRole.Identifier,
                "counter" => NumeralRole.Counter,
                "phone" => NumeralRole.Phone,
                "year-word" => NumeralRole.Year,
                _ => throw new InvalidOperationException($"numeral-context.tsv: unknown role '{row[1]}'"),
            };
            map[Unicode.VietnameseText.NormalizeExpression(row[0]).Text] = new Cue(role, row[1] == "document", row[1] == "year-word");
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>What a phrase before a number makes it; <paramref name="Document"/> for a document's name ("nghị quyết"), whose number
    /// gives way to a count when a counted noun follows; for a phrase that makes only the number word "năm" a year ("trong năm", "cả năm").</summary>
    private readonly record struct Cue(NumeralRole Role, bool Document, bool YearWordOnly = false);
}
