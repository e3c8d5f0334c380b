namespace Antrag.Tests.Check;

/// <summary>A clock that always says the same local time, for commands that write today's date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("fixed", now.Offset, "fixed", "fixed");
}
