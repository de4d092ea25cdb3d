using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>Written resolution WR1 of the body <see cref="GivenABody"/> describes, circulated on 1 August 2017 to its
/// three voting members (chair, council, trust; not the region, which has no vote) and closing on 15 August.</summary>
public static class GivenAWrittenResolution
{
    public const string BodyId = GivenABody.Id;

    public const string Text = "The board approves the winter plan.";

    public static readonly DateOnly CirculatedOn = Day(2017, 8, 1), ClosesOn = Day(2017, 8, 15);

    public static readonly WrittenResolutionCirculated Circulated = new("WR1", BodyId, Text,
        new List<string> { "chair", "council", "trust" }, ClosesOn, On(2017, 8, 1), Minutes);

    public static WrittenResolutionAnswered Answered(string seatId, WrittenVote vote, DateOnly? on = null) =>
        new("WR1", seatId, vote, EffectiveDate.OnDay(on ?? Day(2017, 8, 7)), Minutes);

    public static WrittenResolutionConcluded Concluded(bool carried, string explanation, DateOnly on) =>
        new("WR1", carried, explanation, EffectiveDate.OnDay(on), Minutes);

    public static WrittenResolutions Record(params IWrittenResolutionEvent[] later) =>
        History.Fold<WrittenResolutions, WrittenResolutionCirculated, IWrittenResolutionEvent>(Circulated, later);

    public static Given<WrittenResolutions> With(params IWrittenResolutionEvent[] later) => new(Record(later));

    public static Given<WrittenResolutions?> NoneYet => new(null);

    public static readonly TermsOfReference TwoByMajority = GivenABody.TwoByMajority;
}
