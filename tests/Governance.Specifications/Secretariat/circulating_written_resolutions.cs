using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Secretariat.GivenAWrittenResolution;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>A resolution circulated in writing to every voting member the body has on the day, to answer by a closing date.</summary>
public class circulating_written_resolutions
{
    private static Decision<WrittenResolutionCirculated> Circulate(WrittenResolutions? circulated, string id, DateOnly on,
        DateOnly closesOn, GoverningBody? body = null) =>
        WrittenResolutions.Circulate(circulated, body ?? GivenABody.Body(), id, Text, closesOn, on, Minutes);

    [Fact]
    public void a_resolution_is_circulated_to_every_voting_member_in_the_secretarys_words_trimmed() =>
        NoneYet.When(circulated => WrittenResolutions.Circulate(circulated, GivenABody.Body(), "WR1", $" {Text} ", ClosesOn,
                CirculatedOn, Minutes))
            .Then(Circulated);

    [Fact]
    public void it_goes_to_the_voting_seats_the_body_has_on_the_day_it_is_circulated()
    {
        var body = GivenABody.Body(GivenABody.Withdrawn("trust", 2017, 7, 1),
            GivenABody.Created(new Seat("ics", "ICS Lead", null, Votes: true), 2017, 7, 1));
        NoneYet.When(circulated => Circulate(circulated, "WR1", CirculatedOn, ClosesOn, body))
            .Then(Circulated with { Members = new List<string> { "chair", "council", "ics" } });
    }

    [Fact]
    public void another_resolution_joins_the_record() =>
        With().When(circulated => Circulate(circulated, "WR2", Day(2017, 9, 1), Day(2017, 9, 2)))
            .Then(Circulated with { ResolutionId = "WR2", ClosesOn = Day(2017, 9, 2), Effective = On(2017, 9, 1) });

    [Fact]
    public void a_resolution_id_is_used_once() =>
        With().When(circulated => Circulate(circulated, "WR1", Day(2017, 9, 1), Day(2017, 9, 15)))
            .ThenRefused("A written resolution WR1 is already circulated.");

    [Fact]
    public void a_resolution_closes_after_the_day_it_is_circulated() =>
        NoneYet.When(circulated => Circulate(circulated, "WR1", CirculatedOn, CirculatedOn))
            .ThenRefused("A written resolution circulated on 2017-08-01 closes after it, not on 2017-08-01.");

    [Fact]
    public void nothing_is_circulated_before_the_body_was_constituted() =>
        NoneYet.When(circulated => Circulate(circulated, "WR1", Day(2017, 3, 1), Day(2017, 3, 15)))
            .ThenRefused("Leeds Partnership Board was constituted on 2017-04-01; it could not meet or decide on 2017-03-01.");

    [Fact]
    public void nothing_is_circulated_once_the_body_is_dissolved() =>
        NoneYet.When(circulated => Circulate(circulated, "WR1", CirculatedOn, ClosesOn, GivenABody.Body(GivenABody.Dissolved(2017, 8, 1))))
            .ThenRefused("Leeds Partnership Board was dissolved on 2017-08-01; it could not meet or decide on 2017-08-01.");
}
