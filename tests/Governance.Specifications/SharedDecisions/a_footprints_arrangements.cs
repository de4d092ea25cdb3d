using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.GivenArrangements;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

/// <summary>What a footprint's arrangement events add up to, read as at a date.</summary>
public class a_footprints_arrangements
{
    private sealed record AnEventNotYetKnown(EffectiveDate Effective, Provenance Provenance) : IArrangementEvent;

    [Fact]
    public void they_are_the_stream_of_their_footprint() =>
        FootprintArrangements.StreamKey(Id).ShouldBe("arrangements:QWE");

    [Fact]
    public void an_arrangement_is_in_force_from_its_adoption_until_the_day_before_its_dissolution()
    {
        var arrangements = With(Memorandum, Dissolved(MemorandumId, Day(2018, 1, 1))).State;
        arrangements.InForceOn(Day(2017, 3, 31)).ShouldBeEmpty();
        arrangements.InForceOn(Day(2017, 4, 1)).ShouldHaveSingleItem().Id.ShouldBe(MemorandumId);
        arrangements.InForceOn(Day(2017, 12, 31)).ShouldHaveSingleItem().Id.ShouldBe(MemorandumId);
        arrangements.InForceOn(Day(2018, 1, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void a_change_to_one_arrangement_leaves_the_others_as_they_were()
    {
        var arrangements = With(Memorandum, JointCommittee, Dissolved(MemorandumId, Day(2018, 1, 1))).State;
        arrangements.Find(JointCommitteeId)!.Until.ShouldBeNull();
        arrangements.Find(MemorandumId)!.Until.ShouldBe(Day(2018, 1, 1));
    }

    [Fact]
    public void the_terms_on_a_date_are_the_last_version_by_then()
    {
        var memorandum = With(Memorandum, Revised(MemorandumId, RatificationRule.EveryRequiredPartner, Day(2017, 6, 1))).State
            .Find(MemorandumId)!;
        memorandum.TermsOn(Day(2017, 5, 31)).Rule.ShouldBe(RatificationRule.MajorityOfRequiredPartners);
        memorandum.TermsOn(Day(2017, 6, 1)).Rule.ShouldBe(RatificationRule.EveryRequiredPartner);
    }

    [Fact]
    public void before_its_adoption_an_arrangement_reads_as_its_first_terms() =>
        With(Memorandum).State.Find(MemorandumId)!.TermsOn(Day(2017, 1, 1)).From.ShouldBe(Day(2017, 4, 1));

    [Fact]
    public void its_parties_on_a_date_are_those_that_had_adopted_it_by_then()
    {
        var memorandum = With(Memorandum, new PartnerAdoptedArrangement(MemorandumId, Council, On(2017, 4, 15), Minutes)).State
            .Find(MemorandumId)!;
        memorandum.PartiesOn(Day(2017, 4, 14)).ShouldBe([
            new ArrangementParty(Trust, Day(2017, 4, 1)), new ArrangementParty(Ccg, Day(2017, 4, 1)),
        ]);
        memorandum.PartiesOn(Day(2017, 4, 15)).Select(p => p.Organisation).ShouldBe([Trust, Ccg, Council]);
    }

    [Fact]
    public void its_chairs_on_a_date_are_the_last_appointed_to_each_role_chair_first()
    {
        var committee = With(JointCommittee,
                new ChairAppointed(JointCommitteeId, "Sam Lead", ChairRole.Lead, false, On(2017, 5, 1), Minutes),
                new ChairAppointed(JointCommitteeId, "Dr Jane Smith", ChairRole.Chair, true, On(2017, 5, 1), Minutes),
                new ChairAppointed(JointCommitteeId, "Prof Ali Khan", ChairRole.Chair, true, On(2017, 9, 1), Minutes))
            .State.Find(JointCommitteeId)!;
        committee.ChairsOn(Day(2017, 4, 30)).ShouldBeEmpty();
        committee.ChairsOn(Day(2017, 8, 31)).ShouldBe([
            new ArrangementChair("Dr Jane Smith", ChairRole.Chair, true, Day(2017, 5, 1)),
            new ArrangementChair("Sam Lead", ChairRole.Lead, false, Day(2017, 5, 1)),
        ]);
        committee.ChairsOn(Day(2017, 9, 1)).Select(c => c.Name).ShouldBe(["Prof Ali Khan", "Sam Lead"]);
    }

    [Fact]
    public void a_revision_changes_what_is_delegated_from_its_date()
    {
        var arrangements = With(JointCommittee, Revised(JointCommitteeId, RatificationRule.EveryRequiredPartner, Day(2017, 6, 1), "Maternity")).State;
        arrangements.DelegationOf("stroke services", Day(2017, 5, 31)).ShouldBe(new Delegation(JointCommitteeId, "joint-committee", "Stroke services"));
        arrangements.DelegationOf("stroke services", Day(2017, 6, 1)).ShouldBeNull();
        arrangements.DelegationOf(" maternity", Day(2017, 6, 1)).ShouldBe(new Delegation(JointCommitteeId, "joint-committee", "Maternity"));
    }

    [Fact]
    public void a_matter_is_found_among_every_joint_committee_in_force()
    {
        var maternity = JointCommittee with
        {
            ArrangementId = "JointCommittee-2017-05-01", DelegatedDecisions = ["Maternity"], BodyId = "maternity-committee",
            Effective = On(2017, 5, 1),
        };
        With(JointCommittee, maternity).State.DelegationOf("maternity", Day(2017, 5, 1))
            .ShouldBe(new Delegation("JointCommittee-2017-05-01", "maternity-committee", "Maternity"));
    }

    [Fact]
    public void an_event_the_fold_does_not_know_changes_nothing()
    {
        var arrangements = With(Memorandum).State;
        arrangements.After(new AnEventNotYetKnown(On(2017, 5, 1), Minutes)).ShouldBeSameAs(arrangements);
    }
}
