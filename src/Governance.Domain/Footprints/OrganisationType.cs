namespace Governance.Domain.Footprints;

/// <summary>The kinds of organisation in a footprint (see the domain guide).</summary>
public enum OrganisationType
{
    ClinicalCommissioningGroup,
    NhsTrust,
    NhsFoundationTrust,
    LocalAuthority,
    HealthAndWellbeingBoard,
    GpFederationOrPrimaryCareNetwork,
    LocalMedicalCommittee,
    Healthwatch,
    VoluntaryAndCommunitySectorBody,
    IndependentCareProviderBody,
    CombinedAuthority,
    NhsEnglandRegionalTeam,
    IntegratedCareBoard,
    IntegratedCarePartnership,
}

public static class OrganisationTypes
{
    /// <summary>Bodies with statutory decisions of their own, whose boards ratify shared decisions.</summary>
    public static bool IsStatutory(this OrganisationType type) => type is OrganisationType.ClinicalCommissioningGroup
        or OrganisationType.NhsTrust or OrganisationType.NhsFoundationTrust or OrganisationType.LocalAuthority
        or OrganisationType.CombinedAuthority or OrganisationType.IntegratedCareBoard;
}
