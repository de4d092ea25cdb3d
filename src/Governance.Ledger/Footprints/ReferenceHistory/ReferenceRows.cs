namespace Governance.Ledger.Footprints.ReferenceHistory;

// One record per row of the sourced CSV files in ReferenceData/ (see its README for what each column means).

public sealed record Footprint2016Row(string Code, string Name, string Region, string Lead, string LeadRole, string Source);

public sealed record IntegratedCareBoard2022Row(string Code, string Name, string Region, string PredecessorStpCodes, string Source);

public sealed record TimelineRow(
    string EffectiveDate, string Precision, string Scope, string Kind, string FootprintCodes, string Detail, string Source)
{
    public Governance.Domain.Common.EffectiveDate Effective => new(
        DateOnly.ParseExact(EffectiveDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Precision == "day" ? Governance.Domain.Common.DatePrecision.Day : Governance.Domain.Common.DatePrecision.Month);

    public IEnumerable<string> Codes =>
        FootprintCodes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record CcgFootprint2019Row(string CcgOdsCode, string StpCode, string StpName, string RegionName, string Source);

public sealed record CcgFootprint2021Row(string StpCode, string StpOdsCode, string StpName, string RegionName, string Source);
