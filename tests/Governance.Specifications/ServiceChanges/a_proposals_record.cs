using Governance.Domain.ServiceChanges;
using static Governance.Specifications.ServiceChanges.GivenAServiceChange;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>What a proposal's events add up to: what was proposed, its assurance, its decision and its referrals.</summary>
public class a_proposals_record
{
    [Fact]
    public void a_proposal_is_what_was_proposed_from_the_day_it_was_proposed()
    {
        var proposal = With().State;
        (proposal.Id, proposal.FootprintId, proposal.Title, proposal.Description, proposal.SubstantialVariation,
                proposal.ClosesBeds, proposal.PlanId, proposal.ProposedOn)
            .ShouldBe(("stream-1", "QWE", Title, "Move twenty community beds into care at home.", true, true, "plan-1",
                Day(2017, 1, 10)));
        proposal.Options.ShouldBe(["Close ward 4", "Keep ward 4 and add a home team"]);
        proposal.Sections.ShouldBe(["priorities"]);
    }

    [Fact]
    public void a_new_proposal_has_no_assurance_decision_or_referral_yet()
    {
        var proposal = With().State;
        proposal.Answers.ShouldBeEmpty();
        proposal.Scrutiny.ShouldBeEmpty();
        proposal.Consultation.ShouldBeNull();
        proposal.Decision.ShouldBeNull();
        proposal.DecidedOn.ShouldBeNull();
        proposal.Referrals.ShouldBeEmpty();
        proposal.ReferralOutcome.ShouldBeNull();
    }

    [Fact]
    public void evidence_and_reasons_a_test_does_not_apply_are_kept_as_answers_with_their_day_and_source() =>
        With(Evidence(AssuranceTest.PatientChoice), NotApplicable(AssuranceTest.BedClosures, Day(2017, 2, 2))).State.Answers
            .ShouldBe([
                new TestAnswer(AssuranceTest.PatientChoice, true, "The business case on patient choice.", Day(2017, 2, 1),
                    BusinessCase.Source),
                new TestAnswer(AssuranceTest.BedClosures, false, "No bed closes until the home team is in place.",
                    Day(2017, 2, 2), BusinessCase.Source),
            ]);

    [Fact]
    public void committees_consulted_are_kept_in_the_order_they_were_recorded_with_what_they_said() =>
        With(Consulted(on: Day(2017, 2, 15)), Consulted("Hillside Health Scrutiny Committee", Day(2017, 2, 1))).State.Scrutiny
            .ShouldBe([
                new ScrutinyConsultation(Committee, "Content with option 2.", Day(2017, 2, 15)),
                new ScrutinyConsultation("Hillside Health Scrutiny Committee", "Content with option 2.", Day(2017, 2, 1)),
            ]);

    [Fact]
    public void a_consultation_is_kept_with_its_dates_and_documents_and_no_report_until_one_is_published() =>
        With(ConsultationOpened()).State.Consultation.ShouldBeEquivalentTo(
            new Consultation(Day(2017, 1, 20), Day(2017, 3, 1), [ConsultationDocument], OnOptions: true, null, null, null));

    [Fact]
    public void a_published_report_gives_the_consultation_its_responses_report_and_day() =>
        With(ConsultationOpened(), ReportPublished()).State.Consultation.ShouldBeEquivalentTo(
            new Consultation(Day(2017, 1, 20), Day(2017, 3, 1), [ConsultationDocument], OnOptions: true, 412,
                ConsultationReport, Day(2017, 3, 8)));

    [Fact]
    public void a_report_without_a_consultation_changes_nothing() =>
        With(ReportPublished()).State.Consultation.ShouldBeNull();

    [Fact]
    public void a_decided_proposal_keeps_its_decision_and_the_day_it_was_decided()
    {
        var decided = DecidedFromPapers(Day(2017, 3, 15), "a gap kept from the papers");
        var proposal = With(decided).State;
        proposal.Decision.ShouldBe(decided);
        proposal.DecidedOn.ShouldBe(Day(2017, 3, 15));
    }

    [Fact]
    public void referrals_are_kept_in_the_order_they_were_made_and_their_outcome_beside_them()
    {
        var proposal = With(Referred(Day(2017, 4, 1)), Referred(Day(2017, 4, 2), "Hillside Health Scrutiny Committee"),
            Concluded(Day(2017, 9, 1))).State;
        proposal.Referrals.ShouldBe([Committee, "Hillside Health Scrutiny Committee"]);
        proposal.ReferralOutcome.ShouldBe(Outcome);
    }
}
