namespace Extractor.Normalization.Numerals;

/// <summary>What a written number stands for in its context: only a <see cref="Quantity"/> can be a figure.</summary>
public enum NumeralRole
{
    /// <summary>A count, share, ratio, amount or measure.</summary>
    Quantity,

    /// <summary>A calendar date or part of one ("Sáng 2-7", "16.7", "ngày 5", "tháng 3/2024").</summary>
    Date,

    /// <summary>A clock time ("17h30", "09:07", "8 giờ").</summary>
    Time,

    /// <summary>A year ("năm 2020", a bare 2023).</summary>
    Year,

    /// <summary>A period or term ("nhiệm kỳ 2015 - 2020", "giai đoạn 2017 – 2020").</summary>
    Period,

    /// <summary>A length of time ("6 tháng", "5 ngày", "3 năm").</summary>
    Duration,

    /// <summary>An anniversary or named day ("94 năm ngày truyền thống").</summary>
    Anniversary,

    /// <summary>A document number, clause or label ("số 35-CT/TW", "Khoản 2", "tổ 5").</summary>
    Identifier,

    /// <summary>An ordinal name ("khóa XII", "lần thứ 14", "Hội nghị Trung ương 4").</summary>
    Ordinal,

    /// <summary>A page counter or other page chrome ("Lượt xem: 26").</summary>
    Counter,

    /// <summary>A telephone number.</summary>
    Phone,
}
