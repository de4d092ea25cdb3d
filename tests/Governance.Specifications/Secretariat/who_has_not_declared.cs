using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Secretariat.GivenARegister;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>The seats with no declaration of any kind, not even a nil return, in the twelve months to a day.</summary>
public class who_has_not_declared
{
    private static readonly StandingRegister Declared = Register(TrustInterest, ChairNil, CouncilDinner);

    private static IEnumerable<(string, DateOnly?)> NotDeclared(StandingRegister? register, DateOnly date, GoverningBody? body = null) =>
        StandingRegister.NotDeclared(register, body ?? Body, date).Select(m => (m.SeatId, m.LastDeclaredOn));

    [Fact]
    public void with_no_register_every_seat_has_not_declared() =>
        StandingRegister.NotDeclared(null, Body, Day(2017, 7, 1)).ShouldBe([
            new MissingDeclaration("chair", "Chair", null), new MissingDeclaration("council", "Leader", null),
            new MissingDeclaration("trust", "Chief Executive", null), new MissingDeclaration("region", "Regional Director", null),
        ]);

    [Fact]
    public void an_interest_hospitality_or_nil_return_in_the_twelve_months_counts_as_declaring() =>
        NotDeclared(Declared, Day(2017, 7, 1)).ShouldBe([("region", null)]);

    [Fact]
    public void a_declaration_made_a_year_before_to_the_day_no_longer_counts()
    {
        NotDeclared(Declared, Day(2018, 4, 9)).ShouldBe([("region", null)]);
        NotDeclared(Declared, Day(2018, 4, 10)).ShouldBe([("chair", Day(2017, 4, 10)), ("trust", Day(2017, 4, 10)), ("region", null)]);
    }

    [Fact]
    public void a_declaration_made_after_the_day_does_not_count_for_it() =>
        NotDeclared(Declared, Day(2017, 4, 9)).ShouldBe([("chair", null), ("council", null), ("trust", null), ("region", null)]);

    [Fact]
    public void a_seats_latest_declaration_is_the_one_that_counts()
    {
        var again = TrustInterest with { EntryId = "R6", Effective = On(2018, 1, 15) };
        NotDeclared(Register(TrustInterest, again, ChairNil, CouncilDinner), Day(2018, 4, 10))
            .ShouldBe([("chair", Day(2017, 4, 10)), ("region", null)]);
    }

    [Fact]
    public void only_the_seats_held_on_the_day_are_asked_to_declare()
    {
        var body = GivenABody.Body(GivenABody.Withdrawn("region", 2017, 6, 1),
            GivenABody.Created(new Seat("ics", "ICS Lead", null, Votes: true), 2017, 6, 1));
        NotDeclared(Declared, Day(2017, 7, 1), body).ShouldBe([("ics", null)]);
    }
}
