using System.Globalization;
using Extractor.Output;

namespace Extractor.Evaluation;

/// <summary>Scores predicted records against gold annotations exactly as the shared corpus's SCORING.md describes.</summary>
public static class Scorer
{
    public static EvaluationReport Score(IReadOnlyList<GoldArticle> gold, IEnumerable<ArticleRecord> predictions)
    {
        var byStem = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        foreach (var p in predictions)
        {
            byStem.TryAdd(GoldArticle.StemOf(p.SourceFile), p);
        }

        var officials = new MetricScore("officials", 0, 0, 0);
        var titles = new MetricScore("titles", 0, 0, 0);
        var figures = new MetricScore("figures", 0, 0, 0);
        var figuresUnit = new MetricScore("figures_unit", 0, 0, 0);
        var events = new MetricScore("events", 0, 0, 0);
        var authors = new MetricScore("authors", 0, 0, 0);
        var published = new AccuracyScore("published", 0, 0);
        var eventKind = new AccuracyScore("events_kind", 0, 0);
        var title = new AccuracyScore("title", 0, 0);
        var invented = 0;
        var details = new List<ArticleDifferences>();

        foreach (var g in gold)
        {
            var p = byStem.GetValueOrDefault(g.Stem) ?? new ArticleRecord { SourceFile = g.Stem };
            var diffs = new List<Difference>();

            // Officials and their titles.
            var predOfficials = p.Officials.GroupBy(o => ComparisonKey.Of(o.Name)).ToDictionary(x => x.Key, x => x.First());
            var goldOfficials = g.Officials.GroupBy(o => ComparisonKey.Of(o.Name)).ToDictionary(x => x.Key, x => x.First());
            foreach (var (key, go) in goldOfficials)
            {
                var goldTitles = go.Titles.Select(ComparisonKey.Of).ToHashSet();
                if (predOfficials.TryGetValue(key, out var po))
                {
                    officials = officials.Add(1, 0, 0);
                    var predTitles = po.Titles.Select(ComparisonKey.Of).ToHashSet();
                    var tp = predTitles.Count(goldTitles.Contains);
                    titles = titles.Add(tp, predTitles.Count - tp, goldTitles.Count - tp);
                    foreach (var t in go.Titles.Where(t => !predTitles.Contains(ComparisonKey.Of(t))))
                    {
                        diffs.Add(new("titles", "miss", $"{go.Name}: {t}"));
                    }

                    foreach (var t in po.Titles.Where(t => !goldTitles.Contains(ComparisonKey.Of(t))))
                    {
                        diffs.Add(new("titles", "extra", $"{go.Name}: {t}"));
                    }
                }
                else
                {
                    officials = officials.Add(0, 0, 1);
                    titles = titles.Add(0, 0, goldTitles.Count);
                    diffs.Add(new("officials", "miss", $"{go.Name} [{string.Join("; ", go.Titles)}]"));
                }
            }

            foreach (var (key, po) in predOfficials.Where(x => !goldOfficials.ContainsKey(x.Key)))
            {
                officials = officials.Add(0, 1, 0);
                titles = titles.Add(0, po.Titles.Select(ComparisonKey.Of).Distinct().Count(), 0);
                diffs.Add(new("officials", "extra", $"{po.Name} [{string.Join("; ", po.Titles)}]"));
            }

            // Figures: value (and of) must match; unit agreement counted apart.
            var (valueMatches, unitMatches, figDiffs) = MatchFigures(g.Figures, p.Figures);
            figures = figures.Add(valueMatches, p.Figures.Count - valueMatches, g.Figures.Count - valueMatches);
            figuresUnit = figuresUnit.Add(unitMatches, p.Figures.Count - unitMatches, g.Figures.Count - unitMatches);
            diffs.AddRange(figDiffs);

            // Events: dated gold events matched to predicted events with the same date.
            var predByDate = p.Events.Where(e => DatePart(e.Date) is not null).ToList();
            var goldDated = g.Events.Where(e => DatePart(e.Date) is not null).ToList();
            var used = new bool[predByDate.Count];
            var eventTp = 0;
            foreach (var ge in goldDated)
            {
                var index = FindEvent(predByDate, used, ge, preferKind: true);
                if (index < 0)
                {
                    index = FindEvent(predByDate, used, ge, preferKind: false);
                }

                if (index >= 0)
                {
                    used[index] = true;
                    eventTp++;
                    var kindOk = ComparisonKey.Of(predByDate[index].Kind) == ComparisonKey.Of(ge.Kind);
                    eventKind = eventKind with { Correct = eventKind.Correct + (kindOk ? 1 : 0), Total = eventKind.Total + 1 };
                    if (!kindOk)
                    {
                        diffs.Add(new("events_kind", "miss", $"{ge.Date} gold {ge.Kind}, predicted {predByDate[index].Kind}"));
                    }
                }
                else
                {
                    diffs.Add(new("events", "miss", $"{ge.Date} {ge.Kind}: {ge.Name}"));
                }
            }

            for (var i = 0; i < predByDate.Count; i++)
            {
                if (!used[i])
                {
                    diffs.Add(new("events", "extra", $"{predByDate[i].Date} {predByDate[i].Kind}: {predByDate[i].Name}"));
                }
            }

            events = events.Add(eventTp, predByDate.Count - eventTp, goldDated.Count - eventTp);

            // Published: date part, only where gold has a full date; a date where gold has none is invented.
            var goldDate = DatePart(g.Published);
            var predDate = DatePart(p.Published);
            if (goldDate is not null)
            {
                var ok = goldDate == predDate;
                published = published with { Correct = published.Correct + (ok ? 1 : 0), Total = published.Total + 1 };
                if (!ok)
                {
                    diffs.Add(new("published", "miss", $"gold {g.Published}, predicted {p.Published ?? "null"}"));
                }
            }
            else if (g.Published is null && predDate is not null)
            {
                invented++;
                diffs.Add(new("published", "extra", $"invented {p.Published}"));
            }

            // Authors: F1 over keys.
            var goldAuthors = g.Authors.Select(ComparisonKey.Of).ToHashSet();
            var predAuthors = p.Authors.Select(ComparisonKey.Of).ToHashSet();
            var authorTp = predAuthors.Count(goldAuthors.Contains);
            authors = authors.Add(authorTp, predAuthors.Count - authorTp, goldAuthors.Count - authorTp);
            diffs.AddRange(g.Authors.Where(a => !predAuthors.Contains(ComparisonKey.Of(a))).Select(a => new Difference("authors", "miss", a)));
            diffs.AddRange(p.Authors.Where(a => !goldAuthors.Contains(ComparisonKey.Of(a))).Select(a => new Difference("authors", "extra", a)));

            // Title: exact key (not in SCORING.md; reported for the HTML and text stages).
            var titleOk = ComparisonKey.Of(g.Title) == ComparisonKey.Of(p.Title);
            title = title with { Correct = title.Correct + (titleOk ? 1 : 0), Total = title.Total + 1 };
            if (!titleOk)
            {
                diffs.Add(new("title", "miss", $"gold \"{g.Title}\", predicted \"{p.Title}\""));
            }

            details.Add(new ArticleDifferences(g.Stem, diffs));
        }

        return new EvaluationReport
        {
            Articles = gold.Count,
            Metrics = [officials, titles, figures, figuresUnit, events, authors],
            Accuracies = [published, eventKind, title],
            InventedPublished = invented,
            Details = details,
        };
    }

    private static int FindEvent(List<EventRecord> predicted, bool[] used, GoldEvent gold, bool preferKind)
    {
        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i] && DatePart(predicted[i].Date) == DatePart(gold.Date)
                && (!preferKind || ComparisonKey.Of(predicted[i].Kind) == ComparisonKey.Of(gold.Kind)))
            {
                return i;
            }
        }

        return -1;
    }

    private static (int Value, int Unit, List<Difference> Diffs) MatchFigures(IReadOnlyList<GoldFigure> gold, IReadOnlyList<FigureRecord> predicted)
    {
        var used = new bool[predicted.Count];
        var valueMatches = 0;
        var unitMatches = 0;
        var diffs = new List<Difference>();
        foreach (var g in gold)
        {
            // Prefer a candidate whose unit also agrees, so one figure's unit match is not stolen by another.
            var index = -1;
            for (var pass = 0; pass < 2 && index < 0; pass++)
            {
                for (var i = 0; i < predicted.Count; i++)
                {
                    if (!used[i] && SameNumber(g.Value, predicted[i].Value)
                        && (g.Of is null || (predicted[i].Of is { } of && SameNumber(g.Of.Value, of)))
                        && (pass == 1 || UnitsAgree(g.Unit, predicted[i].Unit)))
                    {
                        index = i;
                        break;
                    }
                }
            }

            if (index < 0)
            {
                diffs.Add(new("figures", "miss", Describe(g.Text, g.Value, g.Of, g.Unit, g.Qualifier, g.Kind)));
                continue;
            }

            used[index] = true;
            valueMatches++;
            if (UnitsAgree(g.Unit, predicted[index].Unit))
            {
                unitMatches++;
            }
            else
            {
                diffs.Add(new("figures_unit", "miss", $"{g.Text}: gold unit \"{g.Unit}\", predicted \"{predicted[index].Unit}\""));
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                var f = predicted[i];
                diffs.Add(new("figures", "extra", Describe(f.Text, f.Value, f.Of, f.Unit, f.Qualifier, f.Kind)));
            }
        }

        return (valueMatches, unitMatches, diffs);
    }

    private static string Describe(string? text, decimal value, decimal? of, string? unit, string? qualifier, string? kind) =>
        $"\"{text}\" = {value.ToString(CultureInfo.InvariantCulture)}{(of is null ? "" : "/" + of.Value.ToString(CultureInfo.InvariantCulture))} [{unit}] {qualifier} ({kind})";

    internal static bool SameNumber(decimal a, decimal b)
    {
        if (a == b)
        {
            return true;
        }

        var scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return scale > 0 && Math.Abs(a - b) / scale <= 0.000001m;
    }

    /// <summary>Units agree when their keys are equal, one contains the other, or they share the first word.</summary>
    internal static bool UnitsAgree(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        var g = ComparisonKey.Of(gold);
        var p = ComparisonKey.Of(predicted);
        if (g == p)
        {
            return true;
        }

        if (g.Length == 0 || p.Length == 0)
        {
            return false;
        }

        if (g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal))
        {
            return true;
        }

        return g.Split(' ')[0] == p.Split(' ')[0];
    }

    /// <summary>The YYYY-MM-DD part of an ISO date or date-time; null for month- or year-only values.</summary>
    internal static string? DatePart(string? iso)
    {
        if (iso is null || iso.Length < 10)
        {
            return null;
        }

        var part = iso[..10];
        return DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? part : null;
    }
}
