namespace Extractor.Learning.Training;

/// <summary>Perceptron weights rows (one row of <c>width</c> per feature) with lazy averaging over every update step.</summary>
/// <remarks>
/// Keeps the current weights w and the step-weighted sum of updates u; the averaged weight is w − u / c after c steps
/// (Daumé's trick), so an update costs O(width) instead of touching every weight.
/// </remarks>
internal sealed class AveragedWeights(int width)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<ulong> _keys = [];
    private double[] _current = new double[width * 1024];
    private double[] _sums = new double[width * 1024];

    public int Width => width;

    public int Count => _keys.Count;

    /// <summary>The row of a feature, or -1 when it has never been updated.</summary>
    public int Find(ulong key) => _rows.TryGetValue(key, out var row) ? row : -1;

    public double Current(int row, int column) => _current[(row * width) + column];

    /// <summary>Adds <paramref name="delta"/> to one weight at update step <paramref name="step"/>.</summary>
    public void Update(ulong key, int column, double delta, long step)
    {
        var row = FindOrAdd(key);
        _current[(row * width) + column] += delta;
        _sums[(row * width) + column] += step * delta;
    }

    /// <summary>The averaged weights after <paramref name="steps"/> steps, rows whose weights are all zero left out, keyed ascending.</summary>
    public (Dictionary<ulong, int> Index, float[] Weights) Average(long steps)
    {
        var kept = new List<(ulong Key, float[] Row)>();
        for (var r = 0; r < _keys.Count; r++)
        {
            var row = new float[width];
            var any = false;
            for (var y = 0; y < width; y++)
            {
                var value = (float)(_current[(r * width) + y] - (_sums[(r * width) + y] / steps));
                row[y] = value;
                any |= Math.Abs(value) > 1e-6f;
            }

            if (any)
            {
                kept.Add((_keys[r], row));
            }
        }

        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        var index = new Dictionary<ulong, int>(kept.Count);
        var weights = new float[kept.Count * width];
        for (var i = 0; i < kept.Count; i++)
        {
            index.Add(kept[i].Key, i);
            kept[i].Row.CopyTo(weights, i * width);
        }

        return (index, weights);
    }

    private int FindOrAdd(ulong key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }

        row = _keys.Count;
        _rows.Add(key, row);
        _keys.Add(key);
        if ((row + 1) * width > _current.Length)
        {
            Array.Resize(ref _current, _current.Length * 2);
            Array.Resize(ref _sums, _sums.Length * 2);
        }

        return row;
    }
}
