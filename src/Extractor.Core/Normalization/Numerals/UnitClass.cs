namespace Extractor.Normalization.Numerals;

/// <summary>What kind of thing a word after a number is (see <c>units.tsv</c>).</summary>
internal enum UnitClass
{
    /// <summary>A currency: the figure is money.</summary>
    Money,

    /// <summary>An area, mass, length or other measure: the figure is "other".</summary>
    Measure,

    /// <summary>A time unit: the number is a duration, date part or anniversary, never a figure.</summary>
    Time,

    /// <summary>A known counted-noun head.</summary>
    Head,

    /// <summary>A classifier joined to the head after it ("lượt học viên").</summary>
    Classifier,

    /// <summary>A word left out of the unit ("mới").</summary>
    Drop,

    /// <summary>
    /// A level word that, after a number, describes the structure of the noun before it ("chính quyền địa phương 2 cấp",
    /// "Công an 3 cấp"): the number counts nothing the article reports, so it is never a figure.
    /// </summary>
    Descriptor,
}
