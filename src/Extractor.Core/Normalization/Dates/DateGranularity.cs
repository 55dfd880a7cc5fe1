namespace Extractor.Normalization.Dates;

/// <summary>How precisely a date or time expression pins down time: the unit its start and end are written in.</summary>
public enum DateGranularity
{
    /// <summary>A clock time on a day ("09:07, 02/07/2020", "17h30"); seconds are kept when written.</summary>
    Minute,

    /// <summary>A calendar day ("2-7", "ngày 5 tháng 7 năm 2023"), or a run of days ("từ 10/7 - 15/7/2017").</summary>
    Day,

    /// <summary>A month ("tháng 3/2024"), or a run of months ("9 tháng năm 2020").</summary>
    Month,

    /// <summary>A quarter ("quý III/2022"): start and end are its first and last month.</summary>
    Quarter,

    /// <summary>A half year ("6 tháng đầu năm 2023"): start and end are its first and last month.</summary>
    Half,

    /// <summary>A calendar year ("năm 2018").</summary>
    Year,

    /// <summary>A span of years ("nhiệm kỳ 2015 - 2020", "từ năm 2017 đến nay").</summary>
    Period,
}
