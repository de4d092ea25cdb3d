using Governance.Domain.ServiceChanges;
using static Governance.Specifications.ServiceChanges.GivenAServiceChange;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>Proposing a change, answering the tests it is judged by, and consulting the scrutiny committee.</summary>
public class assuring_a_proposal
{
    private const string ClosedSince15March =
        "'Riverside community beds' was decided on 2017-03-15; its record is closed to new assurance and decisions.";

    [Fact]
    public void a_change_is_proposed_with_its_title_description_and_options_as_written_without_stray_spaces() =>
        InTheFootprint.When(footprint => ServiceChangeRules.Propose(footprint, $" {Title} ",
                " Move twenty community beds into care at home. ", [" Close ward 4", "Keep ward 4 and add a home team "],
                substantialVariation: true, closesBeds: true, "plan-1", ["priorities"], On(2017, 1, 10), Minutes))
            .Then(Proposed);

    [Fact]
    public void a_change_outside_any_plan_is_proposed_too() =>
        InTheFootprint.When(footprint => ServiceChangeRules.Propose(footprint, Title, "Close ward 4.", ["Close ward 4"],
                substantialVariation: false, closesBeds: true, planId: null, [], On(2017, 1, 10), Minutes))
            .Then(new ServiceChangeProposed("QWE", Title, "Close ward 4.", new List<string> { "Close ward 4" }, false, true, null, [],
                On(2017, 1, 10), Minutes));

    [Fact]
    public void evidence_that_a_proposal_passes_a_test_is_recorded_from_its_document() =>
        With().When(proposal => ServiceChangeRules.AnswerTest(proposal, AssuranceTest.ClinicalEvidenceBase, applies: true,
                " The business case on clinical evidence base. ", On(2017, 2, 1), BusinessCase))
            .Then(Evidence(AssuranceTest.ClinicalEvidenceBase));

    [Fact]
    public void a_test_that_does_not_apply_is_answered_by_the_reason_it_does_not() =>
        With().When(proposal => ServiceChangeRules.AnswerTest(proposal, AssuranceTest.BedClosures, applies: false,
                "No bed closes until the home team is in place. ", On(2017, 2, 1), BusinessCase))
            .Then(NotApplicable(AssuranceTest.BedClosures));

    [Fact]
    public void a_test_is_answered_on_the_day_the_change_was_proposed() =>
        With().When(proposal => ServiceChangeRules.AnswerTest(proposal, AssuranceTest.PatientChoice, applies: true,
                "The business case on patient choice.", On(2017, 1, 10), BusinessCase))
            .Then(Evidence(AssuranceTest.PatientChoice, Day(2017, 1, 10)));

    [Fact]
    public void nothing_of_a_proposal_is_recorded_before_it_was_proposed() =>
        With().When(proposal => ServiceChangeRules.AnswerTest(proposal, AssuranceTest.PatientChoice, applies: true,
                "The business case on patient choice.", On(2017, 1, 9), BusinessCase))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2017-01-09.");

    [Fact]
    public void a_decided_proposal_takes_no_new_assurance() =>
        With([.. Assured, Decided(Day(2017, 3, 15))])
            .When(proposal => ServiceChangeRules.AnswerTest(proposal, AssuranceTest.BedClosures, applies: false,
                "Too late.", On(2017, 3, 20), BusinessCase))
            .ThenRefused(ClosedSince15March);

    [Fact]
    public void a_decided_proposal_takes_no_new_assurance_even_dated_before_its_decision() =>
        With([.. Assured, Decided(Day(2017, 3, 15))])
            .When(proposal => ServiceChangeRules.AnswerTest(proposal, AssuranceTest.BedClosures, applies: false,
                "Found in the papers.", On(2017, 2, 1), BusinessCase))
            .ThenRefused(ClosedSince15March);

    [Fact]
    public void that_a_record_is_closed_is_said_before_that_the_day_is_too_early() =>
        With(Decided(Day(2017, 3, 15)))
            .When(proposal => ServiceChangeRules.AnswerTest(proposal, AssuranceTest.PatientChoice, applies: true, "Early.",
                On(2016, 12, 1), BusinessCase))
            .ThenRefused(ClosedSince15March);

    [Fact]
    public void the_overview_and_scrutiny_committee_is_consulted_and_what_it_said_is_kept() =>
        With().When(proposal => ServiceChangeRules.ConsultScrutiny(proposal, $" {Committee} ", " Content with option 2. ",
                On(2017, 2, 15), Minutes))
            .Then(Consulted());

    [Fact]
    public void a_committee_may_be_consulted_before_it_has_said_anything() =>
        With().When(proposal => ServiceChangeRules.ConsultScrutiny(proposal, Committee, null, On(2017, 2, 15), Minutes))
            .Then(new ScrutinyCommitteeConsulted(Committee, null, On(2017, 2, 15), Minutes));

    [Fact]
    public void a_committee_is_not_consulted_on_a_change_before_it_was_proposed() =>
        With().When(proposal => ServiceChangeRules.ConsultScrutiny(proposal, Committee, null, On(2016, 12, 1), Minutes))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2016-12-01.");

    [Fact]
    public void a_committee_is_not_consulted_on_a_change_already_decided() =>
        With([.. Assured, Decided(Day(2017, 3, 15))])
            .When(proposal => ServiceChangeRules.ConsultScrutiny(proposal, "Hillside Health Scrutiny Committee", null,
                On(2017, 4, 1), Minutes))
            .ThenRefused(ClosedSince15March);
}
