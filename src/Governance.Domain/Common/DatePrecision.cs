namespace Governance.Domain.Common;

/// <summary>How much of an effective date the source actually states.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
