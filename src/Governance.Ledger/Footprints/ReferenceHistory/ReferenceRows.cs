namespace Governance.Ledger.Footprints.ReferenceHistory;

// One record per row of the sourced CSV files in ReferenceData/ (see its README for what each column means).

public sealed record Footprint2016Row(string Code, string Name, string Region, string Lead, string LeadRole, string Source);

public sealed record IntegratedCareBoard2022Row(string Code, string Name, string Region, string PredecessorStpCodes, string Source);

public sealed record TimelineRow(
    string EffectiveDate, string Precision, string Scope, string Kind, string FootprintCodes, string Detail, string Source);

public sealed record CcgFootprint2019Row(string CcgOdsCode, string StpCode, string StpName, string RegionName, string Source);

public sealed record CcgFootprint2021Row(string StpCode, string StpOdsCode, string StpName, string RegionName, string Source);
