using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenABody;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>What a body's events make of it: the terms and seats in force on any day, and the days it existed.</summary>
public class the_history_of_a_body
{
    private static readonly Seat Ics = new("ics", "ICS Lead", "West Yorkshire ICS", Votes: true);

    [Fact]
    public void a_body_is_of_the_footprint_and_kind_it_was_constituted_as_from_the_day_it_was_constituted()
    {
        var body = Body();
        (body.Id, body.FootprintId, body.Name, body.Kind, body.ConstitutedOn, body.DissolvedOn)
            .ShouldBe((Id, "QWE", "Leeds Partnership Board", BodyKind.PartnershipBoard, Day(2017, 4, 1), (DateOnly?)null));
    }

    [Fact]
    public void a_body_exists_from_its_constitution_until_the_day_it_is_dissolved()
    {
        Body().ExistsOn(Day(2017, 3, 31)).ShouldBeFalse();
        Body().ExistsOn(Day(2017, 4, 1)).ShouldBeTrue();
        Body().ExistsOn(Day(2030, 1, 1)).ShouldBeTrue();
        Body(Dissolved(2019, 3, 31)).ExistsOn(Day(2019, 3, 30)).ShouldBeTrue();
        Body(Dissolved(2019, 3, 31)).ExistsOn(Day(2019, 3, 31)).ShouldBeFalse();
    }

    [Fact]
    public void the_terms_in_force_are_those_of_the_last_revision_to_take_effect_on_or_before_the_day()
    {
        var unanimity = new TermsOfReference(3, VotingRule.Unanimity);
        var twoThirds = new TermsOfReference(2, VotingRule.TwoThirdsMajority);
        // Recorded out of order: the revision of September was recorded after the one of January.
        var body = Body(Revised(unanimity, 2018, 1, 1), Revised(twoThirds, 2017, 9, 1));

        body.TermsOn(Day(2017, 8, 31)).ShouldBe(TwoByMajority);
        body.TermsOn(Day(2017, 9, 1)).ShouldBe(twoThirds);
        body.TermsOn(Day(2018, 1, 1)).ShouldBe(unanimity);
    }

    [Fact]
    public void before_its_constitution_a_body_is_read_by_the_terms_it_was_constituted_with() =>
        Body(Revised(new TermsOfReference(3, VotingRule.Unanimity), 2018, 1, 1)).TermsOn(Day(2017, 1, 1)).ShouldBe(TwoByMajority);

    [Fact]
    public void a_seat_is_held_from_the_day_it_is_created_until_the_day_it_is_withdrawn()
    {
        var body = Body(Created(Ics, 2018, 1, 1), Withdrawn("region", 2018, 1, 1));

        body.SeatsOn(Day(2017, 12, 31)).ShouldBe(new[] { Chair, Council, Trust, Region });
        body.SeatsOn(Day(2018, 1, 1)).ShouldBe(new[] { Chair, Council, Trust, Ics });
    }

    [Fact]
    public void a_second_withdrawal_of_a_seat_does_not_move_the_day_it_ended() =>
        Body(Withdrawn("region", 2018, 1, 1), Withdrawn("region", 2019, 1, 1))
            .Seats.Single(tenure => tenure.Seat == Region).Until.ShouldBe(Day(2018, 1, 1));

    [Fact]
    public void a_body_is_constituted_once_and_a_second_constitution_changes_nothing()
    {
        var body = Body();
        body.After(Constituted with { Name = "Another Board" }).ShouldBeSameAs(body);
    }
}
