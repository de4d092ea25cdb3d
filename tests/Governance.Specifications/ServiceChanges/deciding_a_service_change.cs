using Governance.Domain.Boards;
using Governance.Domain.ServiceChanges;
using static Governance.Specifications.ServiceChanges.GivenAServiceChange;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>
/// A change is decided by a resolution that stands, once its assurance is complete under the national rules in force
/// on the day of the decision; the refusal names everything missing. A decision taken before the ledger knew of it is
/// recorded from its papers with what it lacked kept beside it.
/// </summary>
public class deciding_a_service_change
{
    private const string NoBedTestAnswer =
        "no evidence for the bed closures test (in force from 2017-04-01), nor a reason it does not apply";

    private const string NoScrutiny = "no consultation of the overview and scrutiny committee, which a substantial variation requires";

    private const string NoConsultation = "no formal public consultation, which a substantial variation requires";

    private const string NoReport = "the consultation's report is not published";

    private static Func<ServiceChangeProposal, Decision<ServiceChangeDecided>> Decide(DateOnly on,
        ResolutionStanding? standing = null, AssuranceRuleBook? rules = null) =>
        proposal => ServiceChangeRules.Decide(proposal, BoardResolution, standing ?? Stands, rules ?? NationalRules,
            EffectiveDate.OnDay(on), Minutes);

    private static Func<ServiceChangeProposal, Decision<ServiceChangeDecided>> RecordPastDecision(DateOnly on,
        ResolutionStanding? standing = null) =>
        proposal => ServiceChangeRules.RecordPastDecision(proposal, BoardResolution, standing ?? Stands, NationalRules,
            EffectiveDate.OnDay(on), Minutes);

    [Fact]
    public void a_bed_closure_assured_by_the_four_tests_is_decided_before_the_bed_test_applies() =>
        With(Assured).When(Decide(Day(2017, 3, 15))).Then(Decided(Day(2017, 3, 15)));

    [Fact]
    public void before_the_bed_test_applies_a_bed_closure_is_judged_by_the_four_tests_alone() =>
        NationalRules.InForceOn(Day(2017, 3, 15), closesBeds: true).Select(rule => rule.Test).ShouldBe(FourTests);

    [Fact]
    public void the_same_bed_closure_is_not_decided_once_the_bed_test_applies_until_it_is_answered() =>
        With(Assured).When(Decide(Day(2017, 5, 15)))
            .ThenRefused("'Riverside community beds' cannot be decided on 2017-05-15: no evidence for the bed closures test " +
                         "(in force from 2017-04-01), nor a reason it does not apply.");

    [Fact]
    public void once_the_bed_test_is_answered_the_bed_closure_is_decided() =>
        With([.. Assured, Evidence(AssuranceTest.BedClosures, Day(2017, 4, 20))]).When(Decide(Day(2017, 5, 15)))
            .Then(Decided(Day(2017, 5, 15)));

    [Fact]
    public void a_sourced_reason_the_bed_test_does_not_apply_answers_it() =>
        With([.. Assured, NotApplicable(AssuranceTest.BedClosures, Day(2017, 4, 20))]).When(Decide(Day(2017, 5, 15)))
            .Then(Decided(Day(2017, 5, 15)));

    [Fact]
    public void the_bed_test_does_not_apply_to_a_change_that_closes_no_beds() =>
        Of(Proposed with { ClosesBeds = false }, Assured).When(Decide(Day(2017, 5, 15))).Then(Decided(Day(2017, 5, 15)));

    [Fact]
    public void a_change_with_no_assurance_is_refused_with_everything_it_lacks() =>
        With().When(Decide(Day(2017, 5, 15)))
            .ThenRefused("'Riverside community beds' cannot be decided on 2017-05-15: " +
                         "no evidence for the public and patient engagement test (in force from 2010-05-21), nor a reason it does not apply; " +
                         "no evidence for the patient choice test (in force from 2010-05-21), nor a reason it does not apply; " +
                         "no evidence for the clinical evidence base test (in force from 2010-05-21), nor a reason it does not apply; " +
                         "no evidence for the support from clinical commissioners test (in force from 2010-05-21), nor a reason it does not apply; " +
                         "no evidence for the bed closures test (in force from 2017-04-01), nor a reason it does not apply; " +
                         "no consultation of the overview and scrutiny committee, which a substantial variation requires; " +
                         "no formal public consultation, which a substantial variation requires.");

    [Fact]
    public void evidence_dated_after_the_decision_does_not_assure_it() =>
        With([.. Assured[1..], Evidence(AssuranceTest.PublicAndPatientEngagement, Day(2017, 3, 16))])
            .When(Decide(Day(2017, 3, 15)))
            .ThenRefused("'Riverside community beds' cannot be decided on 2017-03-15: no evidence for the public and patient " +
                         "engagement test (in force from 2010-05-21), nor a reason it does not apply.");

    [Fact]
    public void a_substantial_variation_is_decided_only_after_the_scrutiny_committee_is_consulted() =>
        With([.. EvidenceForTheFourTests, ConsultationOpened(), ReportPublished()]).When(Decide(Day(2017, 3, 15)))
            .ThenRefused($"'Riverside community beds' cannot be decided on 2017-03-15: {NoScrutiny}.");

    [Fact]
    public void a_committee_consulted_after_the_decision_does_not_count() =>
        With([.. EvidenceForTheFourTests, Consulted(on: Day(2017, 3, 16)), ConsultationOpened(), ReportPublished()])
            .When(Decide(Day(2017, 3, 15)))
            .ThenRefused($"'Riverside community beds' cannot be decided on 2017-03-15: {NoScrutiny}.");

    [Fact]
    public void a_substantial_variation_is_decided_only_after_a_formal_public_consultation() =>
        With([.. EvidenceForTheFourTests, Consulted()]).When(Decide(Day(2017, 3, 15)))
            .ThenRefused($"'Riverside community beds' cannot be decided on 2017-03-15: {NoConsultation}.");

    [Fact]
    public void a_change_is_not_decided_while_its_consultation_is_open() =>
        With([.. EvidenceForTheFourTests, Consulted(), ConsultationOpened()]).When(Decide(Day(2017, 2, 20)))
            .ThenRefused("'Riverside community beds' cannot be decided on 2017-02-20: the public consultation closes on 2017-03-01.");

    [Fact]
    public void a_change_is_not_decided_on_the_day_its_consultation_closes() =>
        With(Assured).When(Decide(Day(2017, 3, 1)))
            .ThenRefused("'Riverside community beds' cannot be decided on 2017-03-01: the public consultation closes on 2017-03-01.");

    [Fact]
    public void a_change_is_not_decided_until_the_consultations_report_is_published() =>
        With([.. EvidenceForTheFourTests, Consulted(), ConsultationOpened()]).When(Decide(Day(2017, 3, 15)))
            .ThenRefused($"'Riverside community beds' cannot be decided on 2017-03-15: {NoReport}.");

    [Fact]
    public void a_report_published_after_the_decision_does_not_count() =>
        With(Assured).When(Decide(Day(2017, 3, 5)))
            .ThenRefused($"'Riverside community beds' cannot be decided on 2017-03-05: {NoReport}.");

    [Fact]
    public void a_change_that_is_no_substantial_variation_needs_no_committee_or_formal_consultation() =>
        Of(Proposed with { SubstantialVariation = false }, EvidenceForTheFourTests).When(Decide(Day(2017, 3, 15)))
            .Then(Decided(Day(2017, 3, 15)));

    [Fact]
    public void a_consultation_held_on_a_change_that_needed_none_still_closes_before_the_decision() =>
        Of(Proposed with { SubstantialVariation = false }, [.. EvidenceForTheFourTests, ConsultationOpened()])
            .When(Decide(Day(2017, 2, 20)))
            .ThenRefused("'Riverside community beds' cannot be decided on 2017-02-20: the public consultation closes on 2017-03-01.");

    [Fact]
    public void the_refusal_lists_what_is_missing_in_the_order_tests_then_committee_then_consultation() =>
        With(ConsultationOpened()).When(Decide(Day(2017, 3, 15)))
            .ThenRefused("'Riverside community beds' cannot be decided on 2017-03-15: " +
                         "no evidence for the public and patient engagement test (in force from 2010-05-21), nor a reason it does not apply; " +
                         "no evidence for the patient choice test (in force from 2010-05-21), nor a reason it does not apply; " +
                         "no evidence for the clinical evidence base test (in force from 2010-05-21), nor a reason it does not apply; " +
                         "no evidence for the support from clinical commissioners test (in force from 2010-05-21), nor a reason it does not apply; " +
                         $"{NoScrutiny}; {NoReport}.");

    [Fact]
    public void with_no_national_rules_recorded_no_test_is_asked_for() =>
        Of(Proposed with { SubstantialVariation = false }).When(Decide(Day(2017, 5, 15), rules: NoRules))
            .Then(Decided(Day(2017, 5, 15)));

    [Fact]
    public void a_change_is_decided_only_by_a_resolution_that_passed() =>
        With(Assured).When(Decide(Day(2017, 3, 15), new ResolutionStanding.NotPassed(ResolutionOutcome.Rejected)))
            .ThenRefused("Resolution 2017/21 was rejected, not passed; it approves nothing.");

    [Fact]
    public void a_change_is_not_decided_by_a_resolution_since_rescinded() =>
        With(Assured).When(Decide(Day(2017, 3, 15), new ResolutionStanding.Rescinded("2017/30")))
            .ThenRefused("Resolution 2017/21 was rescinded by 2017/30; it approves nothing.");

    [Fact]
    public void a_resolution_that_does_not_stand_is_named_before_any_gap_in_the_assurance() =>
        With().When(Decide(Day(2017, 5, 15), new ResolutionStanding.NotPassed(ResolutionOutcome.Deferred)))
            .ThenRefused("Resolution 2017/21 was deferred, not passed; it approves nothing.");

    [Fact]
    public void a_change_is_decided_once() =>
        With([.. Assured, Decided(Day(2017, 3, 15))]).When(Decide(Day(2017, 3, 20)))
            .ThenRefused("'Riverside community beds' was decided on 2017-03-15; its record is closed to new assurance and decisions.");

    [Fact]
    public void a_change_is_not_decided_before_it_was_proposed() =>
        With(Assured).When(Decide(Day(2017, 1, 9)))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2017-01-09.");

    [Fact]
    public void a_past_decision_is_recorded_with_what_its_assurance_lacked_kept_beside_it() =>
        With(Assured).When(RecordPastDecision(Day(2017, 5, 15))).Then(DecidedFromPapers(Day(2017, 5, 15), NoBedTestAnswer));

    [Fact]
    public void a_past_decision_with_no_assurance_keeps_every_gap() =>
        With(ConsultationOpened()).When(RecordPastDecision(Day(2017, 2, 20)))
            .Then(DecidedFromPapers(Day(2017, 2, 20),
                "no evidence for the public and patient engagement test (in force from 2010-05-21), nor a reason it does not apply",
                "no evidence for the patient choice test (in force from 2010-05-21), nor a reason it does not apply",
                "no evidence for the clinical evidence base test (in force from 2010-05-21), nor a reason it does not apply",
                "no evidence for the support from clinical commissioners test (in force from 2010-05-21), nor a reason it does not apply",
                NoScrutiny,
                "the public consultation closes on 2017-03-01"));

    [Fact]
    public void a_past_decision_fully_assured_is_recorded_with_no_gaps() =>
        With(Assured).When(RecordPastDecision(Day(2017, 3, 15))).Then(DecidedFromPapers(Day(2017, 3, 15)));

    [Fact]
    public void a_past_decision_still_needs_a_resolution_that_stands() =>
        With(Assured).When(RecordPastDecision(Day(2017, 3, 15), new ResolutionStanding.Rescinded("2017/30")))
            .ThenRefused("Resolution 2017/21 was rescinded by 2017/30; it approves nothing.");

    [Fact]
    public void a_past_decision_is_not_recorded_over_another() =>
        With(DecidedFromPapers(Day(2017, 3, 15), NoBedTestAnswer)).When(RecordPastDecision(Day(2017, 3, 20)))
            .ThenRefused("'Riverside community beds' was decided on 2017-03-15; its record is closed to new assurance and decisions.");

    [Fact]
    public void a_past_decision_is_not_recorded_before_the_change_was_proposed() =>
        With().When(RecordPastDecision(Day(2016, 12, 1)))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2016-12-01.");

    [Fact]
    public void a_past_decision_taken_before_the_consultation_opened_keeps_that_it_had_no_consultation() =>
        With([.. EvidenceForTheFourTests, NotApplicable(AssuranceTest.BedClosures), Consulted(),
                ConsultationOpened(Day(2017, 6, 1), Day(2017, 8, 1))])
            .When(RecordPastDecision(Day(2017, 5, 15)))
            .Then(DecidedFromPapers(Day(2017, 5, 15), NoConsultation));

    [Fact]
    public void a_consultation_opened_after_the_decision_does_not_hold_up_a_change_that_needed_none() =>
        Of(Proposed with { SubstantialVariation = false },
                [.. EvidenceForTheFourTests, ConsultationOpened(Day(2017, 6, 1), Day(2017, 8, 1))])
            .When(Decide(Day(2017, 3, 15)))
            .Then(Decided(Day(2017, 3, 15)));
}
