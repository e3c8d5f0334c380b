namespace Antrag.Serve.Tests;

/// <summary>A clock that always says 14 November 2024, so new motions (and the screenshots of them) do not change from day to day.</summary>
public sealed class FixedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2024, 11, 14, 9, 0, 0, TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
