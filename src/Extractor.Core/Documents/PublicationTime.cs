using System.Globalization;
using NodaTime;

namespace Extractor.Documents;

/// <summary>When an article was published, in Vietnam local time (UTC+7), to the precision the page gives.</summary>
/// <remarks>A date alone is a date, not midnight: <see cref="Time"/> is null when the page prints no time.</remarks>
public readonly record struct PublicationTime(LocalDate Date, LocalTime? Time)
{
    /// <summary>Vietnam's fixed offset; the country has no daylight saving.</summary>
    public static readonly Offset VietnamOffset = Offset.FromHours(7);

    /// <summary>ISO 8601: "2020-07-02T09:07:00+07:00", or "2020-07-02" when no time is known.</summary>
    public string ToIsoString()
    {
        var date = Date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
        if (Time is not { } time)
        {
            return date;
        }

        return date + "T" + time.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture) + "+07:00";
    }

    public override string ToString() => ToIsoString();
}
