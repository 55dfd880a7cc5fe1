using System.Diagnostics;

namespace Extractor.Jobs.Run;

/// <summary>Samples the process's resident set size every 100 ms while started and keeps the highest value.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private readonly Process _self = Process.GetCurrentProcess();
    private long _peak;
    private volatile bool _on;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, 100, 100);

    public long Peak => Interlocked.Read(ref _peak);

    public void Start()
    {
        _on = true;
        Sample();
    }

    public void Stop()
    {
        Sample();
        _on = false;
    }

    public void Reset() => Interlocked.Exchange(ref _peak, 0);

    private void Sample()
    {
        if (!_on)
        {
            return;
        }

        lock (_self)
        {
            _self.Refresh();
            var now = _self.WorkingSet64;
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _self.Dispose();
    }
}
