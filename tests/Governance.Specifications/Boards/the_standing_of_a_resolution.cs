using Governance.Domain.Boards;

namespace Governance.Specifications.Boards;

/// <summary>Why a resolution another record cites can, or cannot, stand behind it.</summary>
public class the_standing_of_a_resolution
{
    private static readonly ApprovingDecision Cited = new("board-1", "2017/12");

    [Fact]
    public void a_resolution_that_passed_and_was_not_rescinded_stands() =>
        new ResolutionStanding.Stands().WhyNot(Cited).ShouldBeNull();

    [Fact]
    public void a_record_cites_only_resolutions_of_its_own_footprints_bodies() =>
        new ResolutionStanding.OfAnotherFootprint("QWE").WhyNot(Cited)
            .ShouldBe("Body board-1 is not a body of QWE: a record of a footprint cites resolutions of its own bodies.");

    [Fact]
    public void a_resolution_that_did_not_pass_approves_nothing() =>
        new ResolutionStanding.NotPassed(ResolutionOutcome.Noted).WhyNot(Cited)
            .ShouldBe("Resolution 2017/12 was noted, not passed; it approves nothing.");

    [Fact]
    public void a_rescinded_resolution_approves_nothing() =>
        new ResolutionStanding.Rescinded("2018/3").WhyNot(Cited)
            .ShouldBe("Resolution 2017/12 was rescinded by 2018/3; it approves nothing.");

    [Fact]
    public void a_resolution_the_ledger_does_not_know_approves_nothing() =>
        new ResolutionStanding.Unknown().WhyNot(Cited).ShouldBe("Body board-1 has no resolution 2017/12 to cite.");
}
