using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

/// <summary>
/// Footprint QWE's arrangements: a memorandum of understanding adopted by the trust and the CCG on 1 April 2017 (the
/// partners ratify by majority), and a joint committee of all three adopted on 20 April 2017 (every partner ratifies
/// what is put to them; stroke services are delegated to the committee).
/// </summary>
public static class GivenArrangements
{
    public const string MemorandumId = "MemorandumOfUnderstanding-2017-04-01", JointCommitteeId = "JointCommittee-2017-04-20";

    public static readonly ArrangementAdopted Memorandum = new(Id, MemorandumId, ArrangementKind.MemorandumOfUnderstanding,
        "Memorandum of understanding", RatificationRule.MajorityOfRequiredPartners, [Trust, Ccg], [], null, On(2017, 4, 1),
        Minutes);

    public static readonly ArrangementAdopted JointCommittee = new(Id, JointCommitteeId, ArrangementKind.JointCommittee,
        "Joint committee for stroke", RatificationRule.EveryRequiredPartner, [Trust, Ccg, Council], ["Stroke services"],
        "joint-committee", On(2017, 4, 20), Minutes);

    public static Given<FootprintArrangements?> NoneYet => new(null);

    public static Given<FootprintArrangements> With(ArrangementAdopted first, params IArrangementEvent[] later) =>
        new(History.Fold<FootprintArrangements, ArrangementAdopted, IArrangementEvent>(first, later));

    public static ArrangementRevised Revised(string arrangementId, RatificationRule rule, DateOnly from,
        params IReadOnlyList<string> delegated) =>
        new(arrangementId, "Revised terms", rule, delegated, EffectiveDate.OnDay(from), Minutes);

    public static ArrangementDissolved Dissolved(string arrangementId, DateOnly on) => new(arrangementId, EffectiveDate.OnDay(on), Minutes);
}
