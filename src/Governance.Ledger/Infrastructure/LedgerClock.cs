namespace Governance.Ledger.Infrastructure;

/// <summary>
/// The clock the ledger decides by (deadlines, tokens it issues, checkpoints): the system's, or, in a rehearsal, the
/// system's moved by <c>Governance:Clock:Offset</c> (a time span, such as <c>2.00:00:00</c>) to see a deadline pass
/// without waiting for it. A ledger whose environment is Production refuses the offset.
/// </summary>
public static class LedgerClock
{
    public static TimeProvider From(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration.GetValue<TimeSpan?>("Governance:Clock:Offset") is not { } offset || offset == TimeSpan.Zero)
            return TimeProvider.System;
        if (environment.IsProduction())
            throw new InvalidOperationException("Governance:Clock:Offset is for rehearsals: a Production ledger keeps the system's time.");
        return new Shifted(offset);
    }

    /// <summary>Partners' boards keep English days; midnight there is never skipped or repeated by a clock change.</summary>
    public static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The day it is in England at a moment.</summary>
    public static DateOnly DayAt(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, England).DateTime);

    /// <summary>Today in England on this clock: a meeting held this evening in London is not dated tomorrow.</summary>
    public static DateOnly Today(this TimeProvider clock) => DayAt(clock.GetUtcNow());

    private sealed class Shifted(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
