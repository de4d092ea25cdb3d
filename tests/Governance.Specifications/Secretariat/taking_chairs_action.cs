using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Secretariat.GivenChairsActions;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>An urgent decision taken between meetings by the chair, or the chair and vice-chair together.</summary>
public class taking_chairs_action
{
    private static Decision<ChairsActionTaken> Take(ChairsActions? taken, IReadOnlyList<string> takenBy, DateOnly? on = null,
        GoverningBody? body = null, string actionId = "CA1") =>
        ChairsActions.Take(taken, body ?? Body, actionId, Bid, Urgency, takenBy, on ?? TakenOn, Minutes);

    [Fact]
    public void the_chair_takes_action_saying_what_was_decided_and_why_it_could_not_wait_in_the_secretarys_words_trimmed() =>
        NoneYet.When(taken => ChairsActions.Take(taken, Body, "CA1", $" {Bid} ", $" {Urgency} ", ["chair"], TakenOn, Minutes))
            .Then(Taken);

    [Fact]
    public void the_chair_and_vice_chair_take_action_together() =>
        NoneYet.When(taken => Take(taken, ["chair", "vice-chair"]))
            .Then(Taken with { TakenBy = new List<string> { "chair", "vice-chair" } });

    [Fact]
    public void a_seat_named_twice_takes_the_action_once() =>
        NoneYet.When(taken => Take(taken, ["chair", "chair"])).Then(Taken);

    [Fact]
    public void another_action_joins_the_record() =>
        With().When(taken => ChairsActions.Take(taken, Body, "CA2", "Extend the interim director's contract",
                "The contract ended before the next meeting.", ["chair", "vice-chair"], Day(2017, 8, 1), Minutes))
            .Then(Another);

    [Fact]
    public void an_action_id_is_used_once() =>
        With().When(taken => Take(taken, ["chair"], Day(2017, 8, 1))).ThenRefused("A chair's action CA1 is already recorded.");

    [Fact]
    public void someone_takes_the_action() =>
        NoneYet.When(taken => Take(taken, [])).ThenRefused("Chair's action is taken by the chair, or by the chair and vice-chair together.");

    [Fact]
    public void the_vice_chair_does_not_take_it_without_the_chair() =>
        NoneYet.When(taken => Take(taken, ["vice-chair"]))
            .ThenRefused("Chair's action is taken by the chair, or by the chair and vice-chair together.");

    [Fact]
    public void a_member_who_is_neither_chair_nor_vice_chair_does_not_take_it() =>
        NoneYet.When(taken => Take(taken, ["council", "trust"]))
            .ThenRefused("council, trust held no chair's or vice-chair's voting seat on Leeds Partnership Board on 2017-07-10.");

    [Fact]
    public void a_chair_without_a_vote_does_not_take_it() =>
        NoneYet.When(taken => Take(taken, ["chair", "forum"]))
            .ThenRefused("forum held no chair's or vice-chair's voting seat on Leeds Partnership Board on 2017-07-10.");

    [Fact]
    public void only_a_seat_of_the_body_takes_it() =>
        NoneYet.When(taken => Take(taken, ["mayor"]))
            .ThenRefused("mayor held no chair's or vice-chair's voting seat on Leeds Partnership Board on 2017-07-10.");

    [Fact]
    public void a_seat_withdrawn_before_the_day_does_not_take_it() =>
        NoneYet.When(taken => Take(taken, ["chair", "vice-chair"], body: Body.After(GivenABody.Withdrawn("vice-chair", 2017, 7, 1))))
            .ThenRefused("vice-chair held no chair's or vice-chair's voting seat on Leeds Partnership Board on 2017-07-10.");

    [Fact]
    public void no_action_is_taken_before_the_body_was_constituted() =>
        NoneYet.When(taken => Take(taken, ["chair"], Day(2017, 3, 31)))
            .ThenRefused("Leeds Partnership Board was constituted on 2017-04-01; it could not meet or decide on 2017-03-31.");

    [Fact]
    public void no_action_is_taken_once_the_body_is_dissolved() =>
        NoneYet.When(taken => Take(taken, ["chair"], body: Body.After(GivenABody.Dissolved(2017, 7, 1))))
            .ThenRefused("Leeds Partnership Board was dissolved on 2017-07-01; it could not meet or decide on 2017-07-10.");
}
