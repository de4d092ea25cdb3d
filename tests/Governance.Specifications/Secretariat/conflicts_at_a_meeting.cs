using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using static Governance.Specifications.Boards.GivenAnAgenda;
using static Governance.Specifications.Secretariat.GivenARegister;
using static Governance.Specifications.Secretariat.GivenMeetings;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>
/// The conflicts the register suggests at the meeting of 1 June 2017: item 3 (the stroke reconfiguration) concerns
/// Leeds Teaching Hospitals; item 4 (consultancy support) concerns Acme Consulting and a family support charity.
/// </summary>
public class conflicts_at_a_meeting
{
    private static readonly DateOnly June = Day(2017, 6, 1);

    private static readonly AgendaItemAdded StrokeItem = Item("3", "Stroke reconfiguration", "fp-1", concerns: [GivenARegister.Trust]);

    private static readonly AgendaItemAdded ConsultancyItem = Item("4", "Consultancy support", concerns: [Consultancy, Charity]);

    private static readonly ConflictFlag TrustOnStroke = new("3", "trust", "Mark Evans", GivenARegister.Trust, "R1");

    private static readonly ConflictFlag ChairOnConsultancy = new("4", "chair", "Sarah Bell", Charity, "R4");

    private static Meeting InJune(params IMeetingEvent[] events) => Held("meeting-6", June, events);

    private static readonly Meeting AllPresent = InJune(Present(June, "chair", "council", "trust"), StrokeItem, ConsultancyItem);

    private static readonly StandingRegister Declared = Register(TrustInterest, ChairTrusteeship, ChairNil);

    [Fact]
    public void a_present_members_interest_in_an_organisation_an_item_concerns_is_flagged_item_by_item() =>
        StandingRegister.ConflictsAt(Declared, AllPresent).ShouldBe([TrustOnStroke, ChairOnConsultancy]);

    [Fact]
    public void an_organisation_is_matched_in_any_case_and_named_as_the_agenda_names_it()
    {
        var meeting = InJune(Present(June, "trust"), Item("3", "Stroke reconfiguration", concerns: ["LEEDS teaching HOSPITALS"]));
        StandingRegister.ConflictsAt(Declared, meeting).ShouldBe([TrustOnStroke with { Organisation = "LEEDS teaching HOSPITALS" }]);
    }

    [Fact]
    public void an_absent_members_interest_is_not_flagged() =>
        StandingRegister.ConflictsAt(Declared, InJune(Present(June, "chair", "council"), StrokeItem, ConsultancyItem))
            .ShouldBe([ChairOnConsultancy]);

    [Fact]
    public void nothing_is_flagged_before_attendance_is_recorded() =>
        StandingRegister.ConflictsAt(Declared, InJune(StrokeItem, ConsultancyItem)).ShouldBeEmpty();

    [Fact]
    public void an_interest_is_flagged_on_its_last_day_and_not_once_it_has_ended()
    {
        StandingRegister.ConflictsAt(Register(TrustInterest, Ended("R1", June)), AllPresent).ShouldBe([TrustOnStroke]);
        StandingRegister.ConflictsAt(Register(TrustInterest, Ended("R1", Day(2017, 5, 31))), AllPresent).ShouldBeEmpty();
    }

    [Fact]
    public void an_interest_beginning_after_the_meeting_is_not_flagged() =>
        StandingRegister.ConflictsAt(Register(TrustInterest with { From = Day(2017, 6, 2) }), AllPresent).ShouldBeEmpty();

    [Fact]
    public void a_gift_or_hospitality_is_not_flagged_as_a_conflict() =>
        StandingRegister.ConflictsAt(Register(CouncilDinner with { From = June, Until = June }), AllPresent).ShouldBeEmpty();

    [Fact]
    public void an_interest_in_an_organisation_no_item_concerns_is_not_flagged() =>
        StandingRegister.ConflictsAt(Register(TrustInterest with { Organisation = "Leeds Community Healthcare" }), AllPresent).ShouldBeEmpty();

    [Fact]
    public void with_no_register_nothing_is_flagged() => StandingRegister.ConflictsAt(null, AllPresent).ShouldBeEmpty();
}
