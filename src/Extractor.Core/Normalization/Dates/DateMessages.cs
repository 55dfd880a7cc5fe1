namespace Extractor.Normalization.Dates;

/// <summary>The reasons a date expression cannot be read, in words a user can act on.</summary>
internal static class DateMessages
{
    public const string Empty = "empty input";
    public const string NotFound = "no date or time expression found";
    public const string NeedsYear = "a day and month without a year: give a reference date";
    public const string NeedsDay = "a time without a date: give a reference date";
    public const string NeedsReference = "a relative expression: give a reference date";
    public const string BadReference = "the reference date is not YYYY-MM-DD";
}
