namespace Extractor.Extraction.Officials;

/// <summary>What a word or phrase of the title lexicon is; a phrase may be several at once ("ĐBQH" is an office and a body).</summary>
[Flags]
public enum TitleWordClass
{
    None = 0,

    /// <summary>A post someone holds ("Bí thư", "Giám đốc", "Trưởng ban").</summary>
    Office = 1,

    /// <summary>A seat in a body ("Ủy viên", "Tỉnh ủy viên", "TUV").</summary>
    Membership = 2,

    /// <summary>Written before an office and kept in the title ("Phó", "nguyên", "Quyền").</summary>
    Modifier = 4,

    /// <summary>An organ or part of one that continues a title ("Tỉnh ủy", "Ban Tổ chức", "UBND").</summary>
    Body = 8,

    /// <summary>A word narrowing an office ("thường trực", "chuyên trách").</summary>
    Qualifier = 16,

    /// <summary>A word joining parts of a body's name that never ends a title ("và", "của").</summary>
    Connector = 32,

    /// <summary>An administrative level ("Trung ương", "tỉnh", "huyện", "xã", "Khối").</summary>
    Level = 64,

    /// <summary>A level after which a place's name belongs to the title ("tỉnh Lạng Sơn", "Huyện ủy Mộc Châu").</summary>
    PlaceMarker = 128,

    /// <summary>A military or police rank ("Đại tá", "Thiếu tướng").</summary>
    Rank = 256,

    /// <summary>A word before a name that is not part of it ("đồng chí", "ông", "Đ/c").</summary>
    Honorific = 512,

    /// <summary>An abbreviation kept as written ("TUV", "UBND", "HĐND").</summary>
    Abbreviation = 1024,

    /// <summary>A capitalized word opening a body's name ("Sở", "Hội", "Trường"). The rules continue any capitalized word
    /// anyway and never ask for this class; it exists so the learned tagger reads its organization feature from this lexicon.</summary>
    BodyHead = 2048,

    /// <summary>Any word that opens a title: an office, a membership or a rank.</summary>
    TitleHead = Office | Membership | Rank,
}
