namespace Extractor.Learning.Tagging;

/// <summary>The BIO label set over <see cref="EntityKind"/>: 0 is O, then B and I for each kind.</summary>
internal static class BioLabels
{
    public static readonly int KindCount = Enum.GetValues<EntityKind>().Length;

    public static readonly int Count = 1 + (2 * KindCount);

    public static readonly string[] Names = BuildNames();

    public static int Begin(EntityKind kind) => 1 + (2 * (int)kind);

    public static int Inside(EntityKind kind) => 2 + (2 * (int)kind);

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static EntityKind KindOf(int label) => (EntityKind)((label - 1) / 2);

    /// <summary>I-X may only follow B-X or I-X.</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && KindOf(previous) == KindOf(label));

    private static string[] BuildNames()
    {
        var names = new string[1 + (2 * Enum.GetValues<EntityKind>().Length)];
        names[0] = "O";
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            names[Begin(kind)] = "B-" + kind;
            names[Inside(kind)] = "I-" + kind;
        }

        return names;
    }
}
