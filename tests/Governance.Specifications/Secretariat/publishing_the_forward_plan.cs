using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenAForwardPlan;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>Items published in a body's forward plan ahead of the decisions they announce, and withdrawn from it.</summary>
public class publishing_the_forward_plan
{
    private static Decision<ForwardPlanItemPublished> Publish(ForwardPlan? plan, string itemId, DateOnly decideBy, bool isPrivate,
        string? privateReason, string? consultation, DateOnly on) =>
        ForwardPlan.Publish(plan, BodyId, itemId, "Sell the Seacroft site", decideBy, isPrivate, privateReason, consultation, on, Minutes);

    [Fact]
    public void an_item_is_published_with_what_is_to_be_decided_by_when_and_the_consultation_first_in_the_secretarys_words_trimmed() =>
        NoneYet.When(plan => ForwardPlan.Publish(plan, BodyId, "fp-1", " Reconfigure hyperacute stroke services ", Day(2017, 9, 30),
                false, null, $" {Consultation} ", Day(2017, 5, 1), Minutes))
            .Then(Stroke);

    [Fact]
    public void an_item_to_be_decided_in_private_says_why_and_one_without_consultation_names_none() =>
        With().When(plan => Publish(plan, "fp-2", Day(2017, 12, 31), true, $" {CommerciallySensitive} ", "  ", Day(2017, 6, 15)))
            .Then(Seacroft);

    [Fact]
    public void an_item_decided_in_public_keeps_no_reason_for_privacy() =>
        With().When(plan => Publish(plan, "fp-2", Day(2017, 12, 31), false, CommerciallySensitive, null, Day(2017, 6, 15)))
            .Then(Seacroft with { Private = false, PrivateReason = null });

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void an_item_to_be_decided_in_private_without_a_reason_is_refused(string? reason) =>
        With().When(plan => Publish(plan, "fp-2", Day(2017, 12, 31), true, reason, null, Day(2017, 6, 15)))
            .ThenRefused("An item to be decided in private says why, as the standing orders require.");

    [Fact]
    public void an_item_id_is_used_once_in_a_plan() =>
        With().When(plan => Publish(plan, "fp-1", Day(2017, 12, 31), false, null, null, Day(2017, 6, 15)))
            .ThenRefused("The forward plan already has an item fp-1.");

    [Fact]
    public void an_item_may_be_due_for_decision_on_the_day_it_is_published() =>
        With().When(plan => Publish(plan, "fp-2", Day(2017, 6, 15), true, CommerciallySensitive, null, Day(2017, 6, 15)))
            .Then(Seacroft with { DecideBy = Day(2017, 6, 15) });

    [Fact]
    public void an_item_is_not_due_for_decision_before_it_is_published() =>
        With().When(plan => Publish(plan, "fp-2", Day(2017, 6, 14), true, CommerciallySensitive, null, Day(2017, 6, 15)))
            .ThenRefused("An item published on 2017-06-15 cannot be due for decision before it, on 2017-06-14.");

    [Fact]
    public void an_item_is_withdrawn_saying_why_in_the_secretarys_words_trimmed() =>
        With().When(plan => plan.Withdraw("fp-1", $" {WithdrawReason} ", Day(2017, 7, 1), Minutes))
            .Then(Withdrawn("fp-1", Day(2017, 7, 1)));

    [Fact]
    public void only_an_item_of_the_plan_is_withdrawn() =>
        With().When(plan => plan.Withdraw("fp-9", WithdrawReason, Day(2017, 7, 1), Minutes))
            .ThenRefused("The forward plan has no item fp-9.");

    [Fact]
    public void an_item_is_withdrawn_once() =>
        With(Withdrawn("fp-1", Day(2017, 7, 1))).When(plan => plan.Withdraw("fp-1", WithdrawReason, Day(2017, 8, 1), Minutes))
            .ThenRefused("Item fp-1 was withdrawn on 2017-07-01.");

    [Fact]
    public void an_item_is_not_withdrawn_before_it_was_published() =>
        With().When(plan => plan.Withdraw("fp-1", WithdrawReason, Day(2017, 4, 30), Minutes))
            .ThenRefused("Item fp-1 was published on 2017-05-01; it is withdrawn after that.");
}
