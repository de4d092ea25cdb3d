using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>What a citing act asks of the resolution it cites: a partner's own board for a partner's decision, passed
/// between the proposal and the act, passed, and not rescinded by the act's date. (Resolution 2017/1 passed on
/// 2017-06-01.)</summary>
public class citing_a_resolution
{
    private static readonly Meeting Passed = Meeting(AllPresent, Recorded(CarriedByAll));

    private static ResolutionStanding Judge(Citing citing, Meeting? meeting, string? organisation = "RHQ") =>
        CitedResolution.Judge(citing, organisation, meeting, "2017/1");

    [Fact]
    public void a_resolution_passed_between_the_proposal_and_the_act_stands() =>
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1), new DateOnly(2017, 5, 15), "RHQ"), Passed)
            .ShouldBe(new ResolutionStanding.Stands());

    [Fact]
    public void a_partner_decides_only_through_its_own_board() =>
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1), Organisation: "03N"), Passed)
            .ShouldBe(new ResolutionStanding.NotTheOrganisations("03N"));

    [Fact]
    public void a_board_of_no_one_organisation_decides_for_no_partner() =>
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1), Organisation: "RHQ"), Passed, organisation: null)
            .ShouldBe(new ResolutionStanding.NotTheOrganisations("RHQ"));

    [Fact]
    public void a_resolution_passed_before_the_proposal_did_not_decide_it() =>
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1), new DateOnly(2017, 6, 15)), Passed)
            .WhyNot(new ApprovingDecision("board-1", "2017/1"))
            .ShouldBe("Resolution 2017/1 was passed on 2017-06-01, before this was proposed on 2017-06-15: it cannot have decided it.");

    [Fact]
    public void nothing_rests_on_a_resolution_passed_after_it() =>
        Judge(new Citing("QWE", new DateOnly(2017, 5, 31)), Passed)
            .WhyNot(new ApprovingDecision("board-1", "2017/1"))
            .ShouldBe("Resolution 2017/1 was passed on 2017-06-01, after 2017-05-31: nothing recorded on a date rests on a resolution passed later.");

    [Fact]
    public void a_resolution_rescinded_after_the_act_stood_on_its_date() =>
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1)),
                Meeting(AllPresent, Recorded(CarriedByAll), new ResolutionRescinded("2017/1", new ResolutionRef("m-2", "2017/9"), On(2017, 9, 1), Minutes)))
            .ShouldBe(new ResolutionStanding.Stands());

    [Fact]
    public void a_resolution_rescinded_by_the_acts_date_stands_behind_nothing() =>
        Judge(new Citing("QWE", new DateOnly(2017, 10, 1)),
                Meeting(AllPresent, Recorded(CarriedByAll), new ResolutionRescinded("2017/1", new ResolutionRef("m-2", "2017/9"), On(2017, 9, 1), Minutes)))
            .ShouldBe(new ResolutionStanding.Rescinded("2017/9"));

    [Fact]
    public void a_resolution_struck_out_or_of_a_meeting_struck_out_decides_nothing()
    {
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1)), null).ShouldBe(new ResolutionStanding.StruckOut());
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1)),
                Meeting(AllPresent, Recorded(CarriedByAll), new ResolutionStruckOut("2017/1", "Minuted twice", MeetingDay, Minutes)))
            .ShouldBe(new ResolutionStanding.StruckOut());
    }

    [Fact]
    public void a_resolution_that_did_not_pass_decides_nothing() =>
        Judge(new Citing("QWE", new DateOnly(2017, 7, 1)),
                Meeting(AllPresent, Recorded(Motion(Cast(["chair"], ["council", "trust"]), ResolutionOutcome.Rejected))))
            .ShouldBe(new ResolutionStanding.NotPassed(ResolutionOutcome.Rejected));
}
