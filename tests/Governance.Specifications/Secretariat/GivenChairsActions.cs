using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>
/// The body <see cref="GivenABody"/> describes, with a voting vice-chair and a clinical forum chair who sits without a
/// vote, both from its constitution; and chair's action CA1, taken by the chair on 10 July 2017 to approve a bid that
/// closed before the board next met.
/// </summary>
public static class GivenChairsActions
{
    public const string BodyId = GivenABody.Id;

    public static readonly Seat ViceChair = new("vice-chair", "Vice-Chair", "Leeds City Council", Votes: true);

    public static readonly Seat ForumChair = new("forum", "Chair of the Clinical Forum", null, Votes: false);

    public static readonly GoverningBody Body = GivenABody.Body(GivenABody.Created(ViceChair, 2017, 4, 1),
        GivenABody.Created(ForumChair, 2017, 4, 1));

    public const string Bid = "Approve the winter resilience funding bid", Urgency = "The bid closed before the next meeting.";

    public static readonly DateOnly TakenOn = Day(2017, 7, 10);

    public static readonly ChairsActionTaken Taken = new("CA1", BodyId, Bid, Urgency, new List<string> { "chair" }, On(2017, 7, 10), Minutes);

    public static readonly ChairsActionTaken Another = new("CA2", BodyId, "Extend the interim director's contract",
        "The contract ended before the next meeting.", new List<string> { "chair", "vice-chair" }, On(2017, 8, 1), Minutes);

    public static ChairsActionRatified Ratified(string meetingId, string resolution, bool atNext, DateOnly on, string actionId = "CA1") =>
        new(actionId, new ResolutionRef(meetingId, resolution), atNext, EffectiveDate.OnDay(on), Minutes);

    public static ChairsActions Record(params IChairsActionEvent[] later) =>
        History.Fold<ChairsActions, ChairsActionTaken, IChairsActionEvent>(Taken, later);

    public static Given<ChairsActions> With(params IChairsActionEvent[] later) => new(Record(later));

    public static Given<ChairsActions?> NoneYet => new(null);
}
