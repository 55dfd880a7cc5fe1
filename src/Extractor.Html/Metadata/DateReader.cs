using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Documents;
using NodaTime;

namespace Extractor.Html.Metadata;

/// <summary>Reads a publication time from a meta value ("2024-03-12T07:20:00Z") or a visible dateline ("Cập nhật lúc 17:55, Thứ Ba, 06/02/2018").</summary>
/// <remarks>Never throws; an impossible date ("31/02/2020") is no date. Times with an offset are converted to Vietnam time.</remarks>
internal static partial class DateReader
{
    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Reads a machine-written date: ISO 8601 with or without time and offset, or a day-first date.</summary>
    public static PublicationTime? ReadMeta(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var iso = Iso().Match(value);
        if (iso.Success)
        {
            return FromIso(iso);
        }

        return ReadVisible(value);
    }

    /// <summary>Reads the first date written in a line of text, with the time written next to it when there is one.</summary>
    public static PublicationTime? ReadVisible(string? text) => FindVisible(text, out _);

    /// <summary>As <see cref="ReadVisible"/>, also giving how many characters of the text the date and time cover.</summary>
    public static PublicationTime? FindVisible(string? text, out int covered)
    {
        covered = 0;
        if (string.IsNullOrWhiteSpace(text) || !HasYear(text))
        {
            return null;
        }

        LocalDate? date = null;
        var dmy = DayMonthYear().Match(text);
        var words = VietnameseWords().Match(text);
        var iso = Iso().Match(text);
        var english = EnglishDate().Match(text);
        Match? used = null;
        foreach (var candidate in new[] { dmy, words, iso, english }.Where(m => m.Success).OrderBy(m => m.Index))
        {
            date = candidate == dmy ? Date(dmy.Groups["y"].Value, dmy.Groups["m"].Value, dmy.Groups["d"].Value)
                : candidate == words ? Date(words.Groups["y"].Value, words.Groups["m"].Value, words.Groups["d"].Value)
                : candidate == iso ? Date(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value)
                : EnglishToDate(english);
            if (date is not null)
            {
                used = candidate;
                break;
            }
        }

        if (date is not { } found || used is null)
        {
            return null;
        }

        if (used == iso && iso.Groups["h"].Success)
        {
            covered = iso.Length;
            return FromIso(iso);
        }

        covered = used.Length;
        var time = Time().Match(text);
        LocalTime? clock = null;
        if (time.Success && (time.Index + time.Length <= used.Index || time.Index >= used.Index + used.Length))
        {
            clock = TimeOf(time);
            if (clock is not null)
            {
                covered += time.Length;
            }
        }

        return new PublicationTime(found, clock);
    }

    /// <summary>The date an address spells as /yyyy/mm/dd/ (WordPress and many news CMSs), or null.</summary>
    public static PublicationTime? FromAddress(string? url)
    {
        if (string.IsNullOrEmpty(url) || AddressDate().Match(url) is not { Success: true } match)
        {
            return null;
        }

        return Date(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) is { } date ? new PublicationTime(date, null) : null;
    }

    /// <summary>True when the text holds four digits in a row: every date form read here writes the year in full, and most
    /// lines of a page hold none, so the patterns are not run on them.</summary>
    private static bool HasYear(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The dateline of a line that is one, or of a meta row that prints it between bars or middle dots beside other short items
    /// ("Ngày đăng: 15/05/2025 | Lượt xem: 1.234 | Cỡ chữ: A A A", "Quàng Thu | 15/05/2025 08:30", a blog theme's
    /// "12 tháng 6, 2025 · 3 phút · Phan Minh Thư"); null for any other line.
    /// </summary>
    public static string? DatelineOf(string line, IReadOnlySet<string> datelineWords)
    {
        if (IsDatelineOnly(line, datelineWords))
        {
            return line;
        }

        if (line.Length > MaxMetaRow || line.IndexOfAny(MetaRowSeparators) < 0)
        {
            return null;
        }

        var items = line.Split(MetaRowSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length < 2 || items.Any(item => item.Length > MaxMetaItem))
        {
            return null;
        }

        // A time and a date printed as two items ("08:15 | 03/05/2024") are one dateline; the whole line is read then.
        return items.FirstOrDefault(item => IsDatelineOnly(item, datelineWords)) is { } dated
            ? (items.Count(item => FindVisible(item, out _) is not null || Time().IsMatch(item)) > 1 ? line : dated)
            : null;
    }

    private const int MaxMetaRow = 160;
    private const int MaxMetaItem = 48;

    /// <summary>What a meta row prints between its items: bars, and the middle dots and bullets of blog themes.</summary>
    private static readonly char[] MetaRowSeparators = ['|', '·', '•'];

    /// <summary>True when a line is a dateline and nothing else: a date, maybe a time, and only words of <paramref name="datelineWords"/> around them.</summary>
    public static bool IsDatelineOnly(string line, IReadOnlySet<string> datelineWords)
    {
        if (line.Length > 120 || FindVisible(line, out _) is null)
        {
            return false;
        }

        var rest = Time().Replace(EnglishDate().Replace(VietnameseWords().Replace(Iso().Replace(DayMonthYear().Replace(line, " "), " "), " "), " "), " ");
        var others = 0;
        foreach (var word in rest.Split([' ', ',', '|', '-', '–', '/', ':', '(', ')', '+', '.', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!datelineWords.Contains(word) && !word.All(char.IsDigit))
            {
                others++;
            }
        }

        return others <= 1;
    }

    private static PublicationTime? FromIso(Match iso)
    {
        if (Date(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value) is not { } date)
        {
            return null;
        }

        if (!iso.Groups["h"].Success)
        {
            return new PublicationTime(date, null);
        }

        var hour = int.Parse(iso.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(iso.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = iso.Groups["s"].Success ? int.Parse(iso.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return new PublicationTime(date, null);
        }

        var local = date.At(new LocalTime(hour, minute, second));
        if (iso.Groups["z"].Success && ParseOffset(iso.Groups["z"].Value) is { } offset)
        {
            local = local.WithOffset(offset).WithOffset(PublicationTime.VietnamOffset).LocalDateTime;
        }

        return new PublicationTime(local.Date, local.TimeOfDay);
    }

    private static Offset? ParseOffset(string z)
    {
        if (z is "Z" or "z")
        {
            return Offset.Zero;
        }

        var sign = z[0] == '-' ? -1 : 1;
        var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length < 2 || !int.TryParse(digits[..2], CultureInfo.InvariantCulture, out var hours))
        {
            return null;
        }

        var minutes = digits.Length >= 4 && int.TryParse(digits[2..4], CultureInfo.InvariantCulture, out var m) ? m : 0;
        return hours > 14 ? null : Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60)));
    }

    private static LocalDate? Date(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new LocalDate(y, m, d);
    }

    private static LocalDate? EnglishToDate(Match match)
    {
        var name = (match.Groups["mn"].Success ? match.Groups["mn"].Value : match.Groups["mn2"].Value).ToLowerInvariant();
        var month = Array.FindIndex(EnglishMonths, name.StartsWith) + 1;
        var day = match.Groups["d"].Success ? match.Groups["d"].Value : match.Groups["d2"].Value;
        return month == 0 ? null : Date(match.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), day);
    }

    private static LocalTime? TimeOf(Match time)
    {
        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = time.Groups["s"].Success ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var half = time.Groups["ap"].Value.ToLowerInvariant();
        if (half is "ch" or "pm" or "chiều" or "tối" && hour < 12)
        {
            hour += 12;
        }
        else if (half is "sa" or "am" or "sáng" && hour == 12)
        {
            hour = 0;
        }

        return hour > 23 || minute > 59 || second > 59 ? null : new LocalTime(hour, minute, second);
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>[01]?\d)/(?<d>[0-3]?\d)/", RegexOptions.CultureInvariant)]
    private static partial Regex AddressDate();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?:[.,]\d+)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d/.-])(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    /// <summary>"ngày 6 tháng 2 năm 2024", the CMS form "06 Tháng 2 2024" / "06 Tháng 2, 2024", and WordPress's month-first "tháng 5 15, 2025".</summary>
    [GeneratedRegex(@"(?:ngày\s+)?(?<![\d/.-])(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s+năm|\s*,)?\s+(?<y>\d{4})(?!\d)|(?<![\p{L}\d])tháng\s+(?<m>\d{1,2})\s+(?<d>\d{1,2}),\s*(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseWords();

    [GeneratedRegex(@"\b(?:(?<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+|(?<d2>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?<mn2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<![\d/.:-])(?<h>\d{1,2})(?:\s?[:h]\s?|\s*giờ\s*)(?<min>\d{2})(?:\s*phút)?(?::(?<s>\d{2}))?(?![\d/])(?:\s*(?<ap>SA|CH|AM|PM|sáng|chiều|tối)\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
