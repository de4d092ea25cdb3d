using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenABody;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

public class the_rules_of_a_body
{
    private static readonly Seat Ics = new("ics", "ICS Lead", "West Yorkshire ICS", Votes: true);

    [Fact]
    public void a_body_revises_its_terms_while_it_sits() =>
        With().When(body => BodyRules.ReviseTerms(body, new TermsOfReference(3, VotingRule.Unanimity), On(2018, 1, 1), Minutes))
            .Then(Revised(new TermsOfReference(3, VotingRule.Unanimity), 2018, 1, 1));

    [Fact]
    public void a_body_decides_nothing_before_it_was_constituted() =>
        With().When(body => BodyRules.ReviseTerms(body, TwoByMajority, On(2017, 3, 31), Minutes))
            .ThenRefused("Leeds Partnership Board was constituted on 2017-04-01; it could not meet or decide on 2017-03-31.");

    [Fact]
    public void a_body_decides_nothing_from_the_day_it_was_dissolved() =>
        With(Dissolved(2019, 3, 31))
            .When(body => BodyRules.ReviseTerms(body, TwoByMajority, On(2019, 3, 31), Minutes))
            .ThenRefused("Leeds Partnership Board was dissolved on 2019-03-31; it could not meet or decide on 2019-03-31.");

    [Fact]
    public void a_quorum_is_no_more_than_the_voting_seats_the_body_has_when_its_terms_take_effect() =>
        With(Created(Ics, 2018, 2, 1))
            .When(body => BodyRules.ReviseTerms(body, new TermsOfReference(4, VotingRule.SimpleMajority),
                EffectiveDate.InMonth(Day(2018, 1, 1)), Minutes))
            .ThenRefused("A quorum of 4 could never be met: Leeds Partnership Board has 3 voting seats on 2018-01.");

    [Fact]
    public void a_seat_created_by_the_day_the_terms_take_effect_counts_towards_the_quorum() =>
        With(Created(Ics, 2018, 1, 1))
            .When(body => BodyRules.ReviseTerms(body, new TermsOfReference(4, VotingRule.SimpleMajority), On(2018, 1, 1), Minutes))
            .Then(Revised(new TermsOfReference(4, VotingRule.SimpleMajority), 2018, 1, 1));

    [Fact]
    public void a_body_creates_a_seat_while_it_sits() =>
        With().When(body => BodyRules.CreateSeat(body, Ics, On(2018, 1, 1), Minutes))
            .Then(Created(Ics, 2018, 1, 1));

    [Fact]
    public void a_dissolved_body_creates_no_seat() =>
        With(Dissolved(2019, 3, 31))
            .When(body => BodyRules.CreateSeat(body, Ics, On(2019, 4, 1), Minutes))
            .ThenRefused("Leeds Partnership Board was dissolved on 2019-03-31; it could not meet or decide on 2019-04-01.");

    [Fact]
    public void a_seat_id_is_not_used_twice() =>
        With().When(body => BodyRules.CreateSeat(body, Chair with { Title = "Co-chair" }, On(2018, 1, 1), Minutes))
            .ThenRefused("Leeds Partnership Board already has (or had) a seat 'chair'; a seat id is used once.");

    [Fact]
    public void the_id_of_a_withdrawn_seat_is_not_used_again() =>
        With(Withdrawn("region", 2018, 1, 1))
            .When(body => BodyRules.CreateSeat(body, Region, On(2018, 6, 1), Minutes))
            .ThenRefused("Leeds Partnership Board already has (or had) a seat 'region'; a seat id is used once.");

    [Fact]
    public void a_seat_is_withdrawn_while_the_voting_seats_left_still_make_a_quorum() =>
        With().When(body => BodyRules.WithdrawSeat(body, "trust", On(2018, 1, 1), Minutes))
            .Then(Withdrawn("trust", 2018, 1, 1));

    [Fact]
    public void only_a_seat_the_body_has_is_withdrawn() =>
        With().When(body => BodyRules.WithdrawSeat(body, "mayor", On(2018, 1, 1), Minutes))
            .ThenRefused("Leeds Partnership Board has no current seat 'mayor'.");

    [Fact]
    public void a_withdrawn_seat_is_not_withdrawn_again() =>
        With(Withdrawn("region", 2018, 1, 1))
            .When(body => BodyRules.WithdrawSeat(body, "region", On(2018, 6, 1), Minutes))
            .ThenRefused("Leeds Partnership Board has no current seat 'region'.");

    [Fact]
    public void a_seat_is_withdrawn_only_after_the_day_it_was_created() =>
        With(Created(Ics, 2018, 1, 1))
            .When(body => BodyRules.WithdrawSeat(body, "ics", On(2018, 1, 1), Minutes))
            .ThenRefused("Seat 'ics' was created on 2018-01-01; it can only be withdrawn after that.");

    [Fact]
    public void a_dissolved_body_withdraws_no_seat() =>
        With(Dissolved(2019, 3, 31))
            .When(body => BodyRules.WithdrawSeat(body, "region", On(2019, 3, 31), Minutes))
            .ThenRefused("Leeds Partnership Board was dissolved on 2019-03-31; it could not meet or decide on 2019-03-31.");

    [Fact]
    public void a_seat_is_not_withdrawn_if_the_voting_seats_left_could_not_make_a_quorum() =>
        With(Withdrawn("trust", 2018, 1, 1))
            .When(body => BodyRules.WithdrawSeat(body, "council", On(2018, 6, 1), Minutes))
            .ThenRefused("Without 'council' Leeds Partnership Board would have 1 voting seats, fewer than its quorum of 2; " +
                         "revise its terms first.");

    [Fact]
    public void the_quorum_a_withdrawal_must_leave_is_the_one_in_force_on_the_day_of_the_withdrawal()
    {
        var lowered = With(Revised(new TermsOfReference(1, VotingRule.SimpleMajority), 2018, 1, 1), Withdrawn("trust", 2017, 10, 1));

        lowered.When(body => BodyRules.WithdrawSeat(body, "council", On(2017, 12, 31), Minutes))
            .ThenRefused("Without 'council' Leeds Partnership Board would have 1 voting seats, fewer than its quorum of 2; " +
                         "revise its terms first.");
        lowered.When(body => BodyRules.WithdrawSeat(body, "council", On(2018, 1, 1), Minutes))
            .Then(Withdrawn("council", 2018, 1, 1));
    }

    [Fact]
    public void a_body_is_dissolved_while_it_sits() =>
        With().When(body => BodyRules.Dissolve(body, On(2019, 3, 31), Minutes))
            .Then(Dissolved(2019, 3, 31));

    [Fact]
    public void a_dissolved_body_is_not_dissolved_again() =>
        With(Dissolved(2019, 3, 31))
            .When(body => BodyRules.Dissolve(body, On(2019, 4, 1), Minutes))
            .ThenRefused("Leeds Partnership Board was dissolved on 2019-03-31; it could not meet or decide on 2019-04-01.");

    [Fact]
    public void a_body_is_not_dissolved_before_it_was_constituted() =>
        With().When(body => BodyRules.Dissolve(body, On(2017, 1, 1), Minutes))
            .ThenRefused("Leeds Partnership Board was constituted on 2017-04-01; it could not meet or decide on 2017-01-01.");
}
