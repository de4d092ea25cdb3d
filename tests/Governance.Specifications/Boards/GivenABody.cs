using Governance.Domain.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>
/// A partnership board constituted on 1 April 2017 with three voting seats (chair, council, trust) and one seat without
/// a vote (region); any two voting seats make a quorum, and a simple majority carries a motion.
/// </summary>
public static class GivenABody
{
    /// <summary>The id the ledger folds a stream under (see <see cref="History.Fold{TState,TFirst,TEvent}"/>).</summary>
    public const string Id = "stream-1";

    public static readonly Seat Chair = new("chair", "Chair", "NHS Leeds CCG", Votes: true);
    public static readonly Seat Council = new("council", "Leader", "Leeds City Council", Votes: true);
    public static readonly Seat Trust = new("trust", "Chief Executive", "Leeds Teaching Hospitals", Votes: true);
    public static readonly Seat Region = new("region", "Regional Director", "NHS England", Votes: false);

    public static readonly TermsOfReference TwoByMajority = new(2, VotingRule.SimpleMajority);

    public static readonly BodyConstituted Constituted = new("QWE", "Leeds Partnership Board", BodyKind.PartnershipBoard,
        TwoByMajority, [Chair, Council, Trust, Region], On(2017, 4, 1), Minutes);

    public static GoverningBody Body(params IBodyEvent[] later) =>
        History.Fold<GoverningBody, BodyConstituted, IBodyEvent>(Constituted, later);

    public static Given<GoverningBody> With(params IBodyEvent[] later) => new(Body(later));

    public static TermsOfReferenceRevised Revised(TermsOfReference terms, int year, int month, int day) =>
        new(terms, On(year, month, day), Minutes);

    public static SeatCreated Created(Seat seat, int year, int month, int day) => new(seat, On(year, month, day), Minutes);

    public static SeatWithdrawn Withdrawn(string seatId, int year, int month, int day) =>
        new(seatId, On(year, month, day), Minutes);

    public static BodyDissolved Dissolved(int year, int month, int day) => new(On(year, month, day), Minutes);
}
