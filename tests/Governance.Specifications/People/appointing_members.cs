using System.Collections.Immutable;
using Governance.Domain.Boards;
using Governance.Domain.People;
using static Governance.Specifications.Boards.GivenABody;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.People;

/// <summary>Members appointed to the seats of the Leeds partnership board (constituted 1 April 2017) and their
/// appointments ended: one person in a seat at a time, in seats the body has, from when it sits.</summary>
public class appointing_members
{
    private static readonly Person Amira = new("person-1", "Amira Shah", "NHS Leeds CCG", "Chair");

    private static MemberAppointed Appointed(string id, string seat, AppointmentKind kind, int year, int month, int day,
        DateOnly? termEnds = null) => new(id, Id, seat, Amira.Id, kind, termEnds, On(year, month, day), Minutes);

    private static BodyMembership Membership(MemberAppointed first, params IMembershipEvent[] later) =>
        later.Aggregate(BodyMembership.Begin("membership:stream-1", first), (m, e) => m.After(e));

    private static Decision<MemberAppointed> Appoint(BodyMembership? membership, string seat, int year, int month, int day,
        DateOnly? termEnds = null, Person? person = null, GoverningBody? body = null) =>
        BodyMembership.Appoint(membership, body ?? Body(), person ?? Amira, (person ?? Amira).Id, seat, AppointmentKind.Substantive,
            On(year, month, day), termEnds, Minutes);

    [Fact]
    public void a_person_recorded_is_appointed_to_a_seat_the_body_has_then()
    {
        var decided = Appoint(null, "chair", 2017, 5, 1);
        decided.Rejection.ShouldBeNull();
        decided.Events.ShouldBe([Appointed("A-1", "chair", AppointmentKind.Substantive, 2017, 5, 1)]);
    }

    [Fact]
    public void a_person_not_recorded_is_not_appointed() =>
        BodyMembership.Appoint(null, Body(), null, "nobody", "chair", AppointmentKind.Substantive, On(2017, 5, 1), null, Minutes)
            .Rejection.ShouldBe("No person 'nobody' is recorded: record them first, then cite their id.");

    [Fact]
    public void nobody_is_appointed_to_a_seat_the_body_does_not_have_on_the_day() =>
        Appoint(null, "ics", 2017, 5, 1).Rejection.ShouldBe("Leeds Partnership Board has no seat 'ics' on 2017-05-01.");

    [Fact]
    public void nobody_is_appointed_before_the_body_was_constituted() =>
        Appoint(null, "chair", 2017, 3, 1).Rejection
            .ShouldBe("Leeds Partnership Board was constituted on 2017-04-01; it could not meet or decide on 2017-03-01.");

    [Fact]
    public void a_seat_held_is_not_given_to_a_second_person_while_the_first_holds_it() =>
        Appoint(Membership(Appointed("A-1", "chair", AppointmentKind.Substantive, 2017, 5, 1)), "chair", 2018, 1, 1,
                person: new Person("person-2", "Tom Reid", "Leeds City Council", null)).Rejection
            .ShouldBe("Seat 'chair' is held by appointment A-1 from 2017-05-01: one person holds a seat at a time; end that appointment first.");

    [Fact]
    public void an_acting_member_fills_the_seat_once_the_substantive_holder_has_gone()
    {
        var membership = Membership(Appointed("A-1", "chair", AppointmentKind.Substantive, 2017, 5, 1),
            new AppointmentEnded("A-1", AppointmentEnding.Resigned, On(2018, 1, 1), Minutes));
        var acting = BodyMembership.Appoint(membership, Body(), Amira, Amira.Id, "chair", AppointmentKind.Acting, On(2018, 1, 1), null, Minutes);

        acting.Rejection.ShouldBeNull();
        membership.After(acting.Events[0]).On(Day(2017, 12, 31)).Select(a => a.Id).ShouldBe(["A-1"]);
        membership.After(acting.Events[0]).On(Day(2018, 1, 1)).Select(a => (a.Id, a.Kind)).ShouldBe([("A-2", AppointmentKind.Acting)]);
    }

    [Fact]
    public void an_appointment_for_a_term_holds_until_the_term_ends_and_not_on_that_day()
    {
        var membership = Membership(Appointed("A-1", "trust", AppointmentKind.Interim, 2017, 5, 1, termEnds: Day(2017, 11, 1)));

        membership.On(Day(2017, 10, 31)).Single().EndingBy(Day(2017, 10, 31)).ShouldBeNull("the term has not ended yet");
        membership.On(Day(2017, 11, 1)).ShouldBeEmpty();
        membership.Appointments.Single().EndingBy(Day(2017, 11, 1)).ShouldBe(AppointmentEnding.TermEnded);
        BodyMembership.End(membership, "A-1", AppointmentEnding.Resigned, On(2017, 11, 1), Minutes).Rejection
            .ShouldBe("Appointment A-1's term ends on 2017-11-01; only an earlier ending can be recorded.");
        Appoint(membership, "trust", 2017, 11, 1).Rejection.ShouldBeNull();
        Appoint(membership, "trust", 2017, 10, 1).Rejection!.ShouldStartWith("Seat 'trust' is held by appointment A-1 from 2017-05-01 until 2017-11-01");
    }

    [Fact]
    public void a_term_ends_after_it_begins() =>
        Appoint(null, "chair", 2017, 5, 1, termEnds: Day(2017, 5, 1)).Rejection
            .ShouldBe("A term from 2017-05-01 ends after it begins, not on 2017-05-01.");

    [Fact]
    public void an_appointment_ends_after_it_began_and_only_once()
    {
        var membership = Membership(Appointed("A-1", "chair", AppointmentKind.Substantive, 2017, 5, 1));

        BodyMembership.End(membership, "A-1", AppointmentEnding.Removed, On(2017, 5, 1), Minutes).Rejection
            .ShouldBe("Appointment A-1 began on 2017-05-01; it can only end after that.");
        var ended = membership.After(new AppointmentEnded("A-1", AppointmentEnding.Resigned, On(2018, 1, 1), Minutes));
        BodyMembership.End(ended, "A-1", AppointmentEnding.Removed, On(2018, 2, 1), Minutes).Rejection
            .ShouldBe("Appointment A-1 ended on 2018-01-01 (Resigned).");
        BodyMembership.End(ended, "A-1", AppointmentEnding.Removed, On(2017, 9, 1), Minutes).Rejection
            .ShouldBe("Appointment A-1 ended on 2018-01-01 (Resigned).", "nor is an ending recorded replaced by an earlier one");
        BodyMembership.End(ended, "A-9", AppointmentEnding.Removed, On(2018, 2, 1), Minutes).Rejection
            .ShouldBe("There is no appointment 'A-9' to this body.");
    }

    [Fact]
    public void a_term_is_cut_short_by_a_resignation_before_it_ends()
    {
        var membership = Membership(Appointed("A-1", "trust", AppointmentKind.Interim, 2017, 5, 1, termEnds: Day(2017, 11, 1)));
        var resigned = BodyMembership.End(membership, "A-1", AppointmentEnding.Resigned, On(2017, 8, 1), Minutes);

        resigned.Rejection.ShouldBeNull();
        membership.After(resigned.Events[0]).Appointments.ShouldBe(ImmutableList.Create(
            new Appointment("A-1", "trust", Amira.Id, AppointmentKind.Interim, Day(2017, 5, 1), TermEnds: Day(2017, 11, 1),
                EndedOn: Day(2017, 8, 1), AppointmentEnding.Resigned)));
    }
}
