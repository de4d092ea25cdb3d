using System.Globalization;

namespace Governance.Domain.Common;

/// <summary>
/// The date a fact took effect (the first of the ledger's two clocks; the second is when it was recorded).
/// <see cref="Date"/> is the best date known; <see cref="Precision"/> says how much of it the source states.
/// </summary>
public readonly record struct EffectiveDate(DateOnly Date, DatePrecision Precision)
{
    public static EffectiveDate OnDay(DateOnly date) => new(date, DatePrecision.Day);

    public static EffectiveDate InMonth(DateOnly date) => new(date, DatePrecision.Month);

    /// <summary>A fact whose source gives no date. Its date means nothing: 1 January 1900, before every date the ledger
    /// holds, so readers must keep it apart (<see cref="IsDated"/>).</summary>
    public static EffectiveDate Undated => new(new DateOnly(1900, 1, 1), DatePrecision.Unknown);

    public bool IsDated() => Precision != DatePrecision.Unknown;

    /// <summary>The date as its source states it: "2016-03-15", "2016-10", "2016" or "undated".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Unknown => "undated",
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}
