using Governance.Domain.Footprints;

namespace Governance.Specifications.Footprints;

public class organisation_types
{
    [Theory]
    [InlineData(OrganisationType.ClinicalCommissioningGroup, true)]
    [InlineData(OrganisationType.NhsTrust, true)]
    [InlineData(OrganisationType.NhsFoundationTrust, true)]
    [InlineData(OrganisationType.LocalAuthority, true)]
    [InlineData(OrganisationType.CombinedAuthority, true)]
    [InlineData(OrganisationType.IntegratedCareBoard, true)]
    [InlineData(OrganisationType.HealthAndWellbeingBoard, false)]
    [InlineData(OrganisationType.GpFederationOrPrimaryCareNetwork, false)]
    [InlineData(OrganisationType.LocalMedicalCommittee, false)]
    [InlineData(OrganisationType.Healthwatch, false)]
    [InlineData(OrganisationType.VoluntaryAndCommunitySectorBody, false)]
    [InlineData(OrganisationType.IndependentCareProviderBody, false)]
    [InlineData(OrganisationType.NhsEnglandRegionalTeam, false)]
    [InlineData(OrganisationType.IntegratedCarePartnership, false)]
    public void only_bodies_with_statutory_decisions_of_their_own_ratify_through_their_boards(OrganisationType type, bool statutory) =>
        type.IsStatutory().ShouldBe(statutory);

    [Fact]
    public void every_kind_of_organisation_is_classed_above() =>
        Enum.GetValues<OrganisationType>().Length.ShouldBe(14);
}
