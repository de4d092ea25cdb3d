namespace Governance.Domain.Common;

/// <summary>How much of an effective date the source actually states.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,

    /// <summary>The source gives no date at all; the fact is kept apart from every as-at read.</summary>
    Unknown,
}
