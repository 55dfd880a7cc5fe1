namespace Extractor.Learning.Tagging;

/// <summary>The kinds of span the tagger finds.</summary>
public enum EntityKind
{
    /// <summary>A person's name as written ("Nguyễn Văn An", "RAH LAN CHUNG").</summary>
    Person,

    /// <summary>An office with its body, as the text writes it ("Phó Bí thư Thường trực Tỉnh ủy", "TUV").</summary>
    Title,

    /// <summary>A body named outside an office ("Đảng ủy Khối các cơ quan tỉnh" as an organizer).</summary>
    Organization,

    /// <summary>A place ("tỉnh Lạng Sơn", "xã Tân Lập").</summary>
    Location,

    /// <summary>The counted noun after a figure ("đảng viên", "tổ chức cơ sở đảng").</summary>
    Unit,
}
