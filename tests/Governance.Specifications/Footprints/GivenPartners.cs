using Governance.Domain.Footprints;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Footprints;

/// <summary>The partner list of footprint-1: a trust and a CCG, each joining on its own date.</summary>
public static class GivenPartners
{
    public const string Trust = "RXA", Ccg = "05A";

    public static readonly PartnerJoined TrustJoined = Joined(Trust, "Royal Example Hospitals NHS Trust", OrganisationType.NhsTrust, Day(2016, 3, 15));

    public static readonly PartnerJoined CcgJoined = Joined(Ccg, "NHS Example CCG", OrganisationType.ClinicalCommissioningGroup, Day(2017, 1, 1));

    public static PartnerJoined Joined(string code, string name, OrganisationType type, DateOnly on) =>
        new(GivenAFootprint.Id, code, name, type, EffectiveDate.OnDay(on), Minutes);

    public static PartnerJoined Rejoined(PartnerJoined joined, DateOnly on) => joined with { Effective = EffectiveDate.OnDay(on) };

    public static PartnerLeft Left(string code, DateOnly on) => new(code, EffectiveDate.OnDay(on), Minutes);

    public static Given<FootprintPartners?> NoneYet => new(null);

    public static Given<FootprintPartners> With(PartnerJoined first, params IPartnerEvent[] later) =>
        new(History.Fold<FootprintPartners, PartnerJoined, IPartnerEvent>(first, later));
}
