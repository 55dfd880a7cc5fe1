using System.Text;
using Extractor.Normalization;
using Extractor.Storage.Indexing;
using Microsoft.Data.Sqlite;

namespace Extractor.Storage.People;

/// <summary>Finds the stored person an official in a new article is, or makes a new one.</summary>
/// <remarks>
/// Same person = same name key, and compatible offices: they share a title, or none of their titles conflict
/// (<see cref="OfficeComparer.Conflict"/>) and, unless one side holds a national office, the article's province is
/// one the person was already seen in (when both sides hold a local office of a particular body). Among several compatible namesakes the one sharing most titles wins.
/// </remarks>
internal sealed class PersonResolver(SqliteConnection connection, SqliteTransaction transaction, OfficeComparer offices)
{
    /// <summary>The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below) as combining characters.</summary>
    private static readonly HashSet<char> ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    public long Resolve(string name, IReadOnlyList<string> titleKeys, string? province)
    {
        var nameKey = SearchKey.Of(name);
        var provinceKey = string.IsNullOrWhiteSpace(province) ? null : SearchKey.Of(province);
        var national = titleKeys.Any(offices.IsNational);
        var nameForm = NameForm(name);
        var candidates = Sql.List(
            connection,
            transaction,
            "SELECT id, name_form FROM people WHERE name_key = $k ORDER BY id",
            r => (Id: r.GetInt64(0), Form: r.GetString(1)),
            ("$k", nameKey))
            .Where(c => SameName(c.Form, nameForm, nameKey))
            .Select(c => c.Id);

        long? best = null;
        var bestScore = int.MinValue;
        foreach (var id in candidates)
        {
            var known = Sql.List(connection, transaction, "SELECT DISTINCT title_key FROM person_titles WHERE person_id = $p", r => r.GetString(0), ("$p", id));
            var provinces = Sql.List(
                connection,
                transaction,
                "SELECT province FROM person_provinces WHERE person_id = $p",
                r => SearchKey.Of(r.GetString(0)),
                ("$p", id));
            var shared = titleKeys.Count(known.Contains);
            var anyNational = national || known.Any(offices.IsNational);
            var provinceMatches = provinceKey is not null && provinces.Contains(provinceKey);
            var bothLocal = titleKeys.Any(offices.IsLocalBody) && known.Any(offices.IsLocalBody);
            if (!anyNational && bothLocal && provinceKey is not null && provinces.Count > 0 && !provinceMatches)
            {
                continue;
            }

            if (shared == 0 && titleKeys.Any(t => known.Any(k => offices.Conflict(t, k))))
            {
                continue;
            }

            var score = (shared * 10) + (provinceMatches ? 1 : 0);
            if (score > bestScore)
            {
                best = id;
                bestScore = score;
            }
        }

        return best ?? Sql.Insert(
            connection,
            transaction,
            "INSERT INTO people (name, name_key, name_form, province) VALUES ($n, $k, $f, $p)",
            ("$n", name),
            ("$k", nameKey),
            ("$f", nameForm),
            ("$p", national ? null : province));
    }

    /// <summary>The name with its diacritics, lowercase: "Hưng" and "Hùng" are different people, "HƯNG" and "Hưng" are not.</summary>
    /// <remarks>Each syllable's tone mark is moved to its end, so old and new tone placement ("Hoà", "Hòa") agree.</remarks>
    internal static string NameForm(string name)
    {
        var syllables = name.Normalize(NormalizationForm.FormD).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var syllable in syllables)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            var tones = new StringBuilder();
            foreach (var c in syllable)
            {
                if (ToneMarks.Contains(c))
                {
                    tones.Append(c);
                }
                else
                {
                    sb.Append(c);
                }
            }

            sb.Append(tones);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Same name: the same letters and diacritics, or one side written without any diacritics at all.</summary>
    private static bool SameName(string known, string form, string key) => known == form || known == key || form == key;
}
