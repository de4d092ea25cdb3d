using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.GivenArrangements;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

public class the_rules_of_arrangements
{
    private static readonly PartnerAdoptedArrangement CouncilSignsTheMemorandum = new(MemorandumId, Council, On(2017, 4, 15), Minutes);

    private static Func<FootprintArrangements?, Decision<ArrangementAdopted>> Adopt(ArrangementAdopted adopted,
        IReadOnlySet<string>? partners = null) =>
        current => ArrangementRules.Adopt(current, adopted, partners ?? AllThree);

    private static Func<FootprintArrangements?, Decision<PartnerAdoptedArrangement>> AdoptLater(
        PartnerAdoptedArrangement adoption, IReadOnlySet<string>? partners = null) =>
        current => ArrangementRules.AdoptLater(current, Id, adoption, partners ?? AllThree);

    [Fact]
    public void a_footprints_first_arrangement_is_adopted_by_its_partners() =>
        NoneYet.When(Adopt(Memorandum)).Then(Memorandum);

    [Fact]
    public void a_joint_committee_is_adopted_with_the_matters_delegated_to_it_and_its_body() =>
        With(Memorandum).When(Adopt(JointCommittee)).Then(JointCommittee);

    [Fact]
    public void an_arrangement_is_recorded_once() =>
        With(Memorandum).When(Adopt(Memorandum))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 is already recorded; revise it, or adopt the new one under another name.");

    [Fact]
    public void an_arrangement_does_not_adopt_the_rule_of_a_joint_committees_delegation() =>
        NoneYet.When(Adopt(Memorandum with { Rule = RatificationRule.JointCommitteeWithinDelegation }))
            .ThenRefused("An arrangement's rule is for what its partners ratify; matters a joint committee decides alone are its delegatedDecisions.");

    [Fact]
    public void a_joint_committee_has_matters_delegated_to_it() =>
        NoneYet.When(Adopt(JointCommittee with { DelegatedDecisions = [] }))
            .ThenRefused("A joint committee decides only what is delegated to it: list the matters (delegatedDecisions).");

    [Fact]
    public void only_a_joint_committee_has_matters_delegated_to_it() =>
        NoneYet.When(Adopt(Memorandum with { DelegatedDecisions = ["Stroke services"] }))
            .ThenRefused("Only a joint committee takes decisions delegated to it; under a MemorandumOfUnderstanding each partner decides for itself.");

    [Fact]
    public void a_joint_committee_names_its_body_in_the_ledger() =>
        NoneYet.When(Adopt(JointCommittee with { BodyId = null }))
            .ThenRefused("Name the joint committee's body in the ledger (bodyId): its resolutions decide the delegated matters.");

    [Fact]
    public void an_arrangement_is_adopted_only_by_partners_of_the_footprint_that_day() =>
        NoneYet.When(Adopt(Memorandum, PartnersOnTheDay(Ccg)))
            .ThenRefused("RXA was not partners of QWE on 2017-04-01.");

    [Fact]
    public void a_partner_adopts_an_arrangement_in_force_later() =>
        With(Memorandum).When(AdoptLater(CouncilSignsTheMemorandum)).Then(CouncilSignsTheMemorandum);

    [Fact]
    public void a_partner_adopts_only_an_arrangement_the_footprint_has() =>
        NoneYet.When(AdoptLater(CouncilSignsTheMemorandum))
            .ThenRefused("The footprint has no arrangement MemorandumOfUnderstanding-2017-04-01; GET its arrangements to see their ids.");

    [Fact]
    public void an_arrangement_is_found_by_its_id() =>
        With(JointCommittee).When(AdoptLater(CouncilSignsTheMemorandum))
            .ThenRefused("The footprint has no arrangement MemorandumOfUnderstanding-2017-04-01; GET its arrangements to see their ids.");

    [Fact]
    public void a_partner_does_not_adopt_an_arrangement_before_it_was_adopted() =>
        With(Memorandum).When(AdoptLater(CouncilSignsTheMemorandum with { Effective = On(2017, 3, 20) }))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 was adopted on 2017-04-01, after 2017-03-20.");

    [Fact]
    public void a_partner_does_not_adopt_an_arrangement_after_it_was_dissolved() =>
        With(Memorandum, Dissolved(MemorandumId, Day(2018, 1, 1)))
            .When(AdoptLater(CouncilSignsTheMemorandum with { Effective = On(2018, 2, 1) }))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 was dissolved on 2018-01-01, before 2018-02-01.");

    [Fact]
    public void a_partner_adopts_an_arrangement_once() =>
        With(Memorandum).When(AdoptLater(CouncilSignsTheMemorandum with { Organisation = Trust }))
            .ThenRefused("RXA already adopted MemorandumOfUnderstanding-2017-04-01.");

    [Fact]
    public void a_partner_adopts_an_arrangement_only_while_a_partner_of_the_footprint() =>
        With(Memorandum).When(AdoptLater(CouncilSignsTheMemorandum, PartnersOnTheDay(Trust, Ccg)))
            .ThenRefused("E08 was not partners of QWE on 2017-04-15.");

    [Fact]
    public void an_arrangement_in_force_is_revised_from_a_date()
    {
        var revision = Revised(JointCommitteeId, RatificationRule.MajorityOfRequiredPartners, Day(2017, 6, 1), "Stroke services", "Maternity");
        With(JointCommittee).When(current => ArrangementRules.Revise(current, revision)).Then(revision);
    }

    [Fact]
    public void an_arrangement_has_one_version_of_its_terms_a_day() =>
        With(Memorandum).When(current => ArrangementRules.Revise(current, Revised(MemorandumId, RatificationRule.EveryRequiredPartner, Day(2017, 4, 1))))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 already has terms from 2017-04-01; correct them with one revision a day.");

    [Fact]
    public void a_revision_is_not_revised_again_the_same_day() =>
        With(Memorandum, Revised(MemorandumId, RatificationRule.EveryRequiredPartner, Day(2017, 6, 1)))
            .When(current => ArrangementRules.Revise(current, Revised(MemorandumId, RatificationRule.MajorityOfRequiredPartners, Day(2017, 6, 1))))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 already has terms from 2017-06-01; correct them with one revision a day.");

    [Fact]
    public void revised_terms_are_checked_like_adopted_ones() =>
        With(JointCommittee).When(current => ArrangementRules.Revise(current, Revised(JointCommitteeId, RatificationRule.EveryRequiredPartner, Day(2017, 6, 1))))
            .ThenRefused("A joint committee decides only what is delegated to it: list the matters (delegatedDecisions).");

    [Fact]
    public void a_dissolved_arrangement_is_not_revised() =>
        With(Memorandum, Dissolved(MemorandumId, Day(2017, 12, 31)))
            .When(current => ArrangementRules.Revise(current, Revised(MemorandumId, RatificationRule.EveryRequiredPartner, Day(2018, 1, 1))))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 was dissolved on 2017-12-31, before 2018-01-01.");

    [Fact]
    public void an_arrangement_in_force_is_dissolved_on_a_later_day_than_its_adoption() =>
        With(Memorandum).When(current => ArrangementRules.Dissolve(current, Dissolved(MemorandumId, Day(2018, 1, 1))))
            .Then(Dissolved(MemorandumId, Day(2018, 1, 1)));

    [Fact]
    public void an_arrangement_is_not_dissolved_on_the_day_it_was_adopted() =>
        With(Memorandum).When(current => ArrangementRules.Dissolve(current, Dissolved(MemorandumId, Day(2017, 4, 1))))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 was adopted on 2017-04-01; it is dissolved on a later day.");

    [Fact]
    public void a_dissolved_arrangement_is_not_dissolved_again() =>
        With(Memorandum, Dissolved(MemorandumId, Day(2018, 1, 1)))
            .When(current => ArrangementRules.Dissolve(current, Dissolved(MemorandumId, Day(2018, 2, 1))))
            .ThenRefused("MemorandumOfUnderstanding-2017-04-01 was dissolved on 2018-01-01, before 2018-02-01.");

    [Fact]
    public void a_chair_is_appointed_to_an_arrangement_in_force()
    {
        var appointment = new ChairAppointed(JointCommitteeId, "Dr Jane Smith", ChairRole.Chair, Independent: true, On(2017, 5, 1), Minutes);
        With(JointCommittee).When(current => ArrangementRules.Appoint(current, appointment)).Then(appointment);
    }

    [Fact]
    public void a_chair_is_not_appointed_before_the_arrangement_was_adopted() =>
        With(JointCommittee)
            .When(current => ArrangementRules.Appoint(current,
                new ChairAppointed(JointCommitteeId, "Dr Jane Smith", ChairRole.Chair, Independent: true, On(2017, 4, 1), Minutes)))
            .ThenRefused("JointCommittee-2017-04-20 was adopted on 2017-04-20, after 2017-04-01.");
}
