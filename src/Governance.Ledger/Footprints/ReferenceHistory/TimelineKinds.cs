namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>The values of timeline.csv's kind column that the import turns into footprint events.</summary>
public static class TimelineKinds
{
    public const string FootprintsPublished = "FootprintsPublished";
    public const string LeadsConfirmed = "LeadsConfirmed";
    public const string NextStepsPublished = "NextStepsPublished";
    public const string RegionsReorganised = "RegionsReorganised";
    public const string AccountableCareSystemDesignated = "AccountableCareSystemDesignated";
    public const string IntegratedCareSystemDesignated = "IntegratedCareSystemDesignated";
    public const string DevolutionAgreement = "DevolutionAgreement";
    public const string FootprintsMerged = "FootprintsMerged";
    public const string CodeReissued = "CodeReissued";
    public const string IntegratedCareBoardEstablished = "IntegratedCareBoardEstablished";
    public const string AreaTransferred = "AreaTransferred";

    public const string NationalScope = "national";
}
