using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>
/// The registers of interests and of gifts and hospitality of the body <see cref="GivenABody"/> describes: the trust's
/// chief executive's interest in his trust (R1) and the chair's nil return (R3), both declared on 10 April 2017; the
/// chair's trusteeship of a family support charity, withheld from publication (R4, 1 May); and a dinner the council
/// leader accepted from a consultancy on 14 June (R2, declared 20 June). The members' names are invented.
/// </summary>
public static class GivenARegister
{
    public const string BodyId = GivenABody.Id;

    public const string Trust = "Leeds Teaching Hospitals", Consultancy = "Acme Consulting", Charity = "Harehills Family Support";

    public const string AtRisk = "Publishing it could put the member's family at risk.";

    public static readonly GoverningBody Body = GivenABody.Body();

    public static readonly DeclarationRegistered TrustInterest = new("R1", BodyId, "trust", "Mark Evans", DeclarationKind.Interest,
        Trust, "Chief executive", Day(2017, 4, 1), null, false, null, On(2017, 4, 10), Minutes);

    public static readonly DeclarationRegistered CouncilDinner = new("R2", BodyId, "council", "Judith Price",
        DeclarationKind.GiftOrHospitality, Consultancy, "Dinner at the NHS Confederation conference", Day(2017, 6, 14), Day(2017, 6, 14),
        false, null, On(2017, 6, 20), Minutes);

    public static readonly DeclarationRegistered ChairNil = new("R3", BodyId, "chair", "Sarah Bell", DeclarationKind.NilReturn,
        null, null, null, null, false, null, On(2017, 4, 10), Minutes);

    public static readonly DeclarationRegistered ChairTrusteeship = new("R4", BodyId, "chair", "Sarah Bell", DeclarationKind.Interest,
        Charity, "Trustee", Day(2016, 1, 1), null, true, AtRisk, On(2017, 5, 1), Minutes);

    public static DeclarationEnded Ended(string entryId, DateOnly until, DateOnly? on = null) =>
        new(entryId, until, EffectiveDate.OnDay(on ?? until), Minutes);

    public static StandingRegister Register(DeclarationRegistered first, params IRegisterEvent[] later) =>
        History.Fold<StandingRegister, DeclarationRegistered, IRegisterEvent>(first, later);

    public static Given<StandingRegister> With(params IRegisterEvent[] later) => new(Register(TrustInterest, later));

    public static Given<StandingRegister?> NoneYet => new(null);
}
