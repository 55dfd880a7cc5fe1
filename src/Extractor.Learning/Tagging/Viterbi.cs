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
