namespace Extractor.Storage.People;

/// <summary>Decides whether titles can belong to one person: national or local, same role in different bodies.</summary>
internal sealed class OfficeComparer(OfficeLexicon lexicon)
{
    public static OfficeComparer Default { get; } = new(OfficeLexicon.Default);

    public string Canonical(string title) => lexicon.Canonical(title);

    /// <summary>Whether a canonical title names a national office (a person who may appear in any province).</summary>
    public bool IsNational(string canonical)
    {
        var padded = " " + canonical + " ";
        return lexicon.NationalMarkers.Any(m => padded.Contains(" " + m + " ", StringComparison.Ordinal));
    }

    /// <summary>Whether a canonical title names a local office of a particular body ("bi thu huyen uy"), not a bare role ("chu tich") or a national office.</summary>
    /// <remarks>Only such titles tie a person to the province of the article: "Chủ tịch" alone may be anyone's, anywhere.</remarks>
    public bool IsLocalBody(string canonical) => !IsNational(canonical) && Split(canonical) is { Role: not null, Body.Length: > 0 };

    /// <summary>Whether one person cannot hold both canonical titles: the same singular role in two different local bodies.</summary>
    /// <example>"bi thu huyen uy tan lap" and "bi thu huyen uy hoa binh" conflict; "bi thu tinh uy" and "bi thu tinh uy nghe an" do not.</example>
    public bool Conflict(string a, string b)
    {
        if (a == b || IsNational(a) || IsNational(b))
        {
            return false;
        }

        var (roleA, singularA, bodyA) = Split(a);
        var (roleB, _, bodyB) = Split(b);
        if (roleA is null || roleA != roleB || !singularA || bodyA.Length == 0 || bodyB.Length == 0)
        {
            return false;
        }

        return !IsWordPrefix(bodyA, bodyB) && !IsWordPrefix(bodyB, bodyA);
    }

    private (string? Role, bool Singular, string Body) Split(string canonical)
    {
        foreach (var (role, singular) in lexicon.Roles)
        {
            if (canonical == role)
            {
                return (role, singular, "");
            }

            if (canonical.StartsWith(role + " ", StringComparison.Ordinal))
            {
                return (role, singular, canonical[(role.Length + 1)..]);
            }
        }

        return (null, false, canonical);
    }

    private static bool IsWordPrefix(string shorter, string longer) =>
        longer == shorter || longer.StartsWith(shorter + " ", StringComparison.Ordinal);
}
