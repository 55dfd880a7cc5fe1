namespace Extractor.Scraping.Politeness;

/// <summary>Paces the requests to one host: each starts at least the delay after the previous one ended, and not before a hold-off (Retry-After, a failing robots.txt) runs out.</summary>
/// <remarks>Callers take turns one at a time (one worker per host); the throttle also records the shortest gap it let through.</remarks>
internal sealed class HostThrottle(TimeProvider time, DateTimeOffset lastRequest)
{
    private DateTimeOffset _lastEnd = lastRequest;
    private DateTimeOffset? _lastStart;
    private DateTimeOffset _holdUntil = DateTimeOffset.MinValue;

    /// <summary>The shortest time seen between the start of one request and the start of the next.</summary>
    public TimeSpan? MinimumGap { get; private set; }

    public int Requests { get; private set; }

    /// <summary>Waits until the next request may start, then marks it started.</summary>
    public async Task<DateTimeOffset> WaitTurnAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var target = _lastEnd + delay;
        if (_holdUntil > target)
        {
            target = _holdUntil;
        }

        // Timers may fire a little early; loop until the moment has really come.
        var now = time.GetUtcNow();
        while (now < target)
        {
            await Task.Delay(target - now + TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
            now = time.GetUtcNow();
        }

        if (_lastStart is { } previous && (MinimumGap is null || now - previous < MinimumGap))
        {
            MinimumGap = now - previous;
        }

        _lastStart = now;
        _lastEnd = now;
        Requests++;
        return now;
    }

    /// <summary>Marks the current request finished (the delay counts from here).</summary>
    public void Completed() => _lastEnd = time.GetUtcNow();

    /// <summary>Lets no request start before <paramref name="until"/>.</summary>
    public void HoldOff(DateTimeOffset until)
    {
        if (until > _holdUntil)
        {
            _holdUntil = until;
        }
    }
}
