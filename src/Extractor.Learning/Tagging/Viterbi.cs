using System.Runtime.Intrinsics;

namespace Extractor.Learning.Tagging;

/// <summary>The best label sequence under per-token scores and label-to-label transition scores, with BIO constraints.</summary>
internal static class Viterbi
{
    /// <summary>Which label may follow which (row: previous label), read once instead of at every step.</summary>
    private static readonly bool[] AllowedAfter = AllowedTable(BioLabels.Count);

    /// <param name="scores">n × L per-token label scores.</param>
    /// <param name="transitions">(L + 1) × L: row p is the previous label, row L the sentence start.</param>
    public static void Decode(ReadOnlySpan<float> scores, ReadOnlySpan<float> transitions, int n, int labelCount, Span<float> best, Span<int> back, Span<int> labels)
    {
        if (n == 0)
        {
            return;
        }

        var L = labelCount;
        var allowed = labelCount == BioLabels.Count ? AllowedAfter : AllowedTable(labelCount);
        var start = transitions.Slice(L * L, L);
        for (var y = 0; y < L; y++)
        {
            best[y] = BioLabels.Allowed(0, y) ? scores[y] + start[y] : float.NegativeInfinity;
            back[y] = -1;
        }

        for (var t = 1; t < n; t++)
        {
            var row = t * L;
            var previousRow = row - L;
            for (var y = 0; y < L; y++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < L; p++)
                {
                    if (!allowed[(p * L) + y])
                    {
                        continue;
                    }

                    var s = best[previousRow + p] + transitions[(p * L) + y];
                    if (s > bestScore)
                    {
                        bestScore = s;
                        bestPrevious = p;
                    }
                }

                best[row + y] = bestScore + scores[row + y];
                back[row + y] = bestPrevious;
            }
        }

        var last = (n - 1) * L;
        var label = 0;
        var top = float.NegativeInfinity;
        for (var y = 0; y < L; y++)
        {
            if (best[last + y] > top)
            {
                top = best[last + y];
                label = y;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            labels[t] = label;
            label = back[(t * L) + label];
        }
    }

    /// <summary>Floats per label row in the layout of <see cref="DecodePadded"/>: two vectors of eight, room for 16 labels.</summary>
    public const int Lanes = 16;

    /// <summary>The transitions of <see cref="Decode"/> laid out for <see cref="DecodePadded"/>: <see cref="Lanes"/> floats per
    /// previous label, a transition BIO forbids (and every padding lane) being negative infinity.</summary>
    /// <remarks>
    /// A forbidden step then scores negative infinity, which never beats the running best (itself at least negative
    /// infinity, and the comparison is strict), so it is skipped exactly as <see cref="Decode"/> skips it; scores are never
    /// positive infinity or NaN (finite weights, added), so no sum can turn the sentinel into something else.
    /// </remarks>
    public static float[] PadTransitions(ReadOnlySpan<float> transitions, int labelCount)
    {
        if (labelCount > Lanes)
        {
            throw new ArgumentOutOfRangeException(nameof(labelCount), labelCount, $"at most {Lanes} labels");
        }

        var padded = new float[labelCount * Lanes];
        padded.AsSpan().Fill(float.NegativeInfinity);
        for (var p = 0; p < labelCount; p++)
        {
            for (var y = 0; y < labelCount; y++)
            {
                if (BioLabels.Allowed(p, y))
                {
                    padded[(p * Lanes) + y] = transitions[(p * labelCount) + y];
                }
            }
        }

        return padded;
    }

    /// <summary>The labels <see cref="Decode"/> finds, bit for bit, eight labels at a time.</summary>
    /// <remarks>
    /// Each label's lane sees the same sums compared in the same order (previous label 0 first, strict "greater"), so the
    /// same best score and the same back pointer, ties included; forbidden steps are negative infinity in
    /// <paramref name="padded"/> instead of a branch. Rows of <paramref name="scores"/>, <paramref name="best"/> and
    /// <paramref name="back"/> are <see cref="Lanes"/> wide; score lanes past the labels must be 0.
    /// </remarks>
    /// <param name="padded">From <see cref="PadTransitions"/>.</param>
    /// <param name="transitions">The model's own table, for the sentence start row.</param>
    public static void DecodePadded(ReadOnlySpan<float> scores, ReadOnlySpan<float> padded, ReadOnlySpan<float> transitions, int n, int labelCount, Span<float> best, Span<int> back, Span<int> labels)
    {
        if (n == 0)
        {
            return;
        }

        var L = labelCount;
        var start = transitions.Slice(L * L, L);
        best[..Lanes].Fill(float.NegativeInfinity);
        for (var y = 0; y < L; y++)
        {
            best[y] = BioLabels.Allowed(0, y) ? scores[y] + start[y] : float.NegativeInfinity;
            back[y] = -1;
        }

        for (var t = 1; t < n; t++)
        {
            var row = t * Lanes;
            var previous = best.Slice(row - Lanes, Lanes);
            var low = Vector256.Create(float.NegativeInfinity);
            var high = low;
            var lowBack = Vector256<int>.Zero;
            var highBack = lowBack;
            for (var p = 0; p < L; p++)
            {
                var from = Vector256.Create(previous[p]);
                var step = padded.Slice(p * Lanes, Lanes);
                var candidate = from + Vector256.Create(step[..8]);
                var better = Vector256.GreaterThan(candidate, low);
                low = Vector256.ConditionalSelect(better, candidate, low);
                lowBack = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), lowBack);
                candidate = from + Vector256.Create(step[8..]);
                better = Vector256.GreaterThan(candidate, high);
                high = Vector256.ConditionalSelect(better, candidate, high);
                highBack = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), highBack);
            }

            (low + Vector256.Create(scores.Slice(row, 8))).CopyTo(best.Slice(row, 8));
            (high + Vector256.Create(scores.Slice(row + 8, 8))).CopyTo(best.Slice(row + 8, 8));
            lowBack.CopyTo(back.Slice(row, 8));
            highBack.CopyTo(back.Slice(row + 8, 8));
        }

        var last = (n - 1) * Lanes;
        var label = 0;
        var top = float.NegativeInfinity;
        for (var y = 0; y < L; y++)
        {
            if (best[last + y] > top)
            {
                top = best[last + y];
                label = y;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            labels[t] = label;
            label = back[(t * Lanes) + label];
        }
    }

    private static bool[] AllowedTable(int labelCount)
    {
        var allowed = new bool[labelCount * labelCount];
        for (var p = 0; p < labelCount; p++)
        {
            for (var y = 0; y < labelCount; y++)
            {
                allowed[(p * labelCount) + y] = BioLabels.Allowed(p, y);
            }
        }

        return allowed;
    }
}
