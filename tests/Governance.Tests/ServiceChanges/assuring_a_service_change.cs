using Alba;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.ServiceChanges;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Support;

namespace Governance.Tests.ServiceChanges;

/// <summary>No change to services without the evidence that it was earned, judged by the national rules in force on
/// the day it is decided (reference history from service_change_assurance.csv).</summary>
[Collection(LedgerCollection.Name)]
public class assuring_a_service_change(LedgerApp ledger)
{
    [Fact]
    public async Task the_rules_in_force_on_a_date_come_from_the_reference_history()
    {
        var march = (await ledger.Host.GetAsJson<AssuranceRulesView>("/api/service-change-rules?on=2017-03-31"))!;
        var april = (await ledger.Host.GetAsJson<AssuranceRulesView>("/api/service-change-rules?on=2017-04-01"))!;
        var after = (await ledger.Host.GetAsJson<AssuranceRulesView>("/api/service-change-rules?on=2024-01-31"))!;

        march.Tests.Select(t => t.Test).ShouldBe(AServiceChange.FourTests);
        march.TestsForBedClosures.Select(t => t.Test).ShouldBe(AServiceChange.FourTests);
        april.TestsForBedClosures.Select(t => (t.Test, t.From)).ShouldContain((AssuranceTest.BedClosures, new DateOnly(2017, 4, 1)));
        april.TestsForBedClosures.Single(t => t.Test == AssuranceTest.BedClosures).Source
            .ShouldBe("https://www.landmarkchambers.co.uk/resource-post/new-bed-closure-test-a-potentially-powerful-tool/");
        april.Tests.Select(t => t.Test).ShouldNotContain(AssuranceTest.BedClosures);
        (march.ReferralPossible, after.ReferralPossible).ShouldBe((true, false));
        after.Referral!.Until.ShouldBe(new DateOnly(2024, 1, 30));
    }

    [Fact]
    public async Task a_bed_closure_decided_in_march_2017_is_judged_by_the_four_tests_and_one_decided_in_may_by_the_bed_test_too()
    {
        var given = await new AServiceChange(ledger.Host).WithABoardAsync();
        var march = await given.ProposeAsync("Close ward 7 (March)", closesBeds: true);
        var may = await given.ProposeAsync("Close ward 8 (May)", closesBeds: true);
        var marchVersion = await given.AnswerFourTestsAsync(march.Id, march.Version, "2017-02-01");
        var mayVersion = await given.AnswerFourTestsAsync(may.Id, may.Version, "2017-02-01");

        await ledger.Host.Records($"/api/service-changes/{march.Id}/decision",
            new { decidedBy = given.DecidedBy, on = "2017-03-15", version = marchVersion, source = AServiceChange.Papers });
        var refused = await ledger.Host.Refuses($"/api/service-changes/{may.Id}/decision",
            new { decidedBy = given.DecidedBy, on = "2017-05-15", version = mayVersion, source = AServiceChange.Papers });
        refused.Detail.ShouldBe("'Close ward 8 (May)' cannot be decided on 2017-05-15: no evidence for the bed closures " +
                                "test (in force from 2017-04-01), nor a reason it does not apply.");

        mayVersion = await given.AnswerAsync(may.Id, mayVersion, AssuranceTest.BedClosures, "2017-05-01");
        await ledger.Host.Records($"/api/service-changes/{may.Id}/decision",
            new { decidedBy = given.DecidedBy, on = "2017-05-15", version = mayVersion, source = AServiceChange.Papers });
        (await given.ReadAsync(march.Id)).Assurance.Select(t => t.Test).ShouldBe(AServiceChange.FourTests);
        (await given.ReadAsync(may.Id)).Assurance.Select(t => t.Test).ShouldBe([.. AServiceChange.FourTests, AssuranceTest.BedClosures]);
    }

    [Fact]
    public async Task a_substantial_variation_waits_for_the_committee_and_a_closed_consultation_with_its_report_published()
    {
        var given = await new AServiceChange(ledger.Host).WithABoardAsync();
        var (id, version) = await given.ProposeAsync("Single stroke unit", substantial: true, options: ["Site A", "Site B"]);
        version = await given.AnswerFourTestsAsync(id, version, "2017-01-10");
        object Decide(string on) => new { decidedBy = given.DecidedBy, on, version, source = AServiceChange.Papers };

        (await ledger.Host.Refuses($"/api/service-changes/{id}/decision", Decide("2017-06-01"))).Detail.ShouldBe(
            "'Single stroke unit' cannot be decided on 2017-06-01: no consultation of the overview and scrutiny committee, " +
            "which a substantial variation requires; no formal public consultation, which a substantial variation requires.");

        version = (await ledger.Host.Records($"/api/service-changes/{id}/scrutiny", new
        {
            committee = "County health scrutiny committee", response = "Supports option B", on = "2017-01-20", version,
            source = AServiceChange.Papers,
        })).Version;
        version = (await ledger.Host.Records($"/api/service-changes/{id}/consultation", new
        {
            closes = "2017-04-30", documents = new[] { new { reference = "Consultation document", checksum = "sha256:77aa" } },
            onOptions = true, on = "2017-02-01", version, source = AServiceChange.Papers,
        })).Version;
        (await ledger.Host.Refuses($"/api/service-changes/{id}/decision", Decide("2017-04-30"))).Detail.ShouldBe(
            "'Single stroke unit' cannot be decided on 2017-04-30: the public consultation closes on 2017-04-30.");
        (await ledger.Host.Refuses($"/api/service-changes/{id}/consultation/report", new
        {
            responses = 1204, report = new { reference = "Consultation report" }, on = "2017-04-20", version,
            source = AServiceChange.Papers,
        })).Detail.ShouldBe("The consultation closes on 2017-04-30; its report is published after that, not on 2017-04-20.");
        (await ledger.Host.Refuses($"/api/service-changes/{id}/decision", Decide("2017-05-10"))).Detail.ShouldBe(
            "'Single stroke unit' cannot be decided on 2017-05-10: the consultation's report is not published.");

        version = (await ledger.Host.Records($"/api/service-changes/{id}/consultation/report", new
        {
            responses = 1204, report = new { reference = "Consultation report" }, on = "2017-05-20", version,
            source = AServiceChange.Papers,
        })).Version;
        await ledger.Host.Records($"/api/service-changes/{id}/decision", Decide("2017-06-01"));

        var view = await given.ReadAsync(id);
        (view.ConsultationDays, view.DaysFromProposalToDecision, view.Consultation!.Responses, view.Consultation.OnOptions)
            .ShouldBe((88, 212, 1204, true));
        view.Lacking.ShouldBeEmpty();
        var json = (await ledger.Host.Scenario(s => s.Get.Url($"/api/service-changes/{id}?asOf=2018-01-01"))).ReadAsTextAsync();
        await VerifyJson((await json).Replace(id, "{id}").Replace(given.Board, "{board}"));
    }

    [Fact]
    public async Task the_assurance_status_reads_as_at_a_date_test_by_test()
    {
        var given = await new AServiceChange(ledger.Host).WithABoardAsync();
        var (id, version) = await given.ProposeAsync("Minor injuries unit hours");
        version = await given.AnswerAsync(id, version, AssuranceTest.ClinicalEvidenceBase, "2017-01-10");
        await given.AnswerAsync(id, version, AssuranceTest.PatientChoice, "2017-03-10", applies: false);

        var january = await given.ReadAsync(id, "2017-01-31");
        var march = await given.ReadAsync(id, "2017-03-31");

        january.Assurance.Select(t => (t.Test, t.Applies)).ShouldBe([
            (AssuranceTest.PublicAndPatientEngagement, (bool?)null), (AssuranceTest.PatientChoice, null),
            (AssuranceTest.ClinicalEvidenceBase, true), (AssuranceTest.CommissionerSupport, null),
        ]);
        march.Assurance.Single(t => t.Test == AssuranceTest.PatientChoice).Applies.ShouldBe(false);
        march.Lacking.Count.ShouldBe(2);
        january.Lacking.Count.ShouldBe(3);
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/service-changes/{id}?asOf=2016-10-01");
            s.StatusCodeShouldBe(404);
        });
        // A test left out is no test: it must not be read as the first one.
        (await ledger.Host.Refuses($"/api/service-changes/{id}/assurance",
            new { applies = true, text = "Evidence", on = "2017-04-01", version = 3, source = AServiceChange.Papers }))
            .Errors["test"].ShouldBe(["Name the test: PublicAndPatientEngagement, PatientChoice, ClinicalEvidenceBase, CommissionerSupport, BedClosures."]);
    }

    [Fact]
    public async Task a_decision_entered_from_its_papers_keeps_what_its_assurance_lacked_and_auditors_are_told()
    {
        var given = await new AServiceChange(ledger.Host).WithABoardAsync();
        var (id, version) = await given.ProposeAsync("Maternity unit to midwife-led (entered late)", substantial: true);
        version = await given.AnswerAsync(id, version, AssuranceTest.ClinicalEvidenceBase, "2017-01-10");

        await ledger.Host.Records($"/api/service-changes/{id}/decision-from-papers",
            new { decidedBy = given.DecidedBy, on = "2017-02-01", version, source = AServiceChange.Papers });

        var auditor = Tokens.For(ledger.Host, "Auditor", LedgerRoles.Auditor);
        var report = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/service-changes");
            s.SignedInAs(auditor);
        });
        var entry = (await report.ReadAsJsonAsync<IncompleteAssurance[]>())!.Single(e => e.Id == id);
        entry.Lacked.ShouldBe([
            "no evidence for the public and patient engagement test (in force from 2010-05-21), nor a reason it does not apply",
            "no evidence for the patient choice test (in force from 2010-05-21), nor a reason it does not apply",
            "no evidence for the support from clinical commissioners test (in force from 2010-05-21), nor a reason it does not apply",
            "no consultation of the overview and scrutiny committee, which a substantial variation requires",
            "no formal public consultation, which a substantial variation requires",
        ]);
        (await given.ReadAsync(id)).Lacking.ShouldBe(entry.Lacked);
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/service-changes");
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task a_referral_needs_a_consulted_committee_and_the_power_in_force()
    {
        var given = await new AServiceChange(ledger.Host).WithABoardAsync();
        var (id, version) = await given.ProposeAsync("Close community hospital", substantial: true);

        (await ledger.Host.Refuses($"/api/service-changes/{id}/referral",
            new { committee = "County health scrutiny committee", on = "2017-03-01", version, source = AServiceChange.Papers }))
            .Detail.ShouldBe("County health scrutiny committee was not consulted on 'Close community hospital' by 2017-03-01; " +
                             "only a consulted committee refers a proposal.");
        version = (await ledger.Host.Records($"/api/service-changes/{id}/scrutiny", new
        {
            committee = "County health scrutiny committee", on = "2017-02-01", version, source = AServiceChange.Papers,
        })).Version;
        version = (await ledger.Host.Records($"/api/service-changes/{id}/referral",
            new { committee = "County health scrutiny committee", on = "2017-03-01", version, source = AServiceChange.Papers })).Version;
        await ledger.Host.Records($"/api/service-changes/{id}/referral/outcome",
            new { outcome = "Referred back for local resolution", on = "2017-09-01", version, source = AServiceChange.Papers });

        var view = await given.ReadAsync(id);
        (view.Referrals.Single(), view.ReferralOutcome).ShouldBe(("County health scrutiny committee", "Referred back for local resolution"));
    }

    [Fact]
    public async Task a_plan_amendment_carrying_a_service_change_is_approved_only_once_the_change_was_decided()
    {
        var given = await new AServiceChange(ledger.Host).WithABoardAsync();
        var (id, version) = await given.ProposeAsync("Stroke services on one site (in the plan)");
        var plan = await new Plans.PlanScenario(ledger.Host).DraftAsync("QOP");
        var amended = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                changes = new[] { new { section = "primary-care", draftedAgainst = 0, text = "Stroke care on one site." } },
                reason = "Carries the stroke service change", on = "2017-01-10", version = 1, source = AServiceChange.Papers,
                serviceChangeId = id,
            }).ToUrl($"/api/plans/{plan}/amendments");
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
        });
        var amendment = (await amended.ReadAsJsonAsync<Governance.Ledger.Plans.AmendmentRecorded>())!;
        object Approval(string on, long planVersion) => new
        {
            approvedBy = given.DecidedBy, effectiveFrom = "2017-07-01", on, version = planVersion, source = AServiceChange.Papers,
        };

        (await ledger.Host.Refuses($"/api/plans/{plan}/amendments/{amendment.AmendmentId}/approval", Approval("2017-03-01",
            amendment.Version))).Detail.ShouldBe(
            $"Amendment {amendment.AmendmentId} carries the service change 'Stroke services on one site (in the plan)', which was " +
            "not decided by 2017-03-01: no evidence for the public and patient engagement test (in force from 2010-05-21), " +
            "nor a reason it does not apply; no evidence for the patient choice test (in force from 2010-05-21), nor a reason " +
            "it does not apply; no evidence for the clinical evidence base test (in force from 2010-05-21), nor a reason it " +
            "does not apply; no evidence for the support from clinical commissioners test (in force from 2010-05-21), nor a " +
            "reason it does not apply.");

        version = await given.AnswerFourTestsAsync(id, version, "2017-01-20");
        await ledger.Host.Records($"/api/service-changes/{id}/decision",
            new { decidedBy = given.DecidedBy, on = "2017-04-01", version, source = AServiceChange.Papers });
        (await ledger.Host.Refuses($"/api/plans/{plan}/amendments/{amendment.AmendmentId}/approval", Approval("2017-03-01",
            amendment.Version))).Detail.ShouldBe($"Amendment {amendment.AmendmentId} carries the service change " +
            "'Stroke services on one site (in the plan)', which was not decided by 2017-03-01.");
        await ledger.Host.Records($"/api/plans/{plan}/amendments/{amendment.AmendmentId}/approval",
            Approval("2017-04-02", amendment.Version));
        (await ledger.Host.Refuses($"/api/plans/{plan}/amendments", new
        {
            changes = new[] { new { section = "finance", draftedAgainst = 0, text = "x" } }, reason = "r", on = "2017-05-01",
            version = amendment.Version + 1, source = AServiceChange.Papers, serviceChangeId = "no-such-change",
        })).Detail.ShouldBe("Footprint QOP has no proposed service change no-such-change.");
    }

    [Fact]
    public async Task a_proposal_names_the_plan_sections_that_carry_it_and_only_its_own_footprints()
    {
        var plan = await new Plans.PlanScenario(ledger.Host).DraftAsync("QOP");
        var elsewhere = await new Plans.PlanScenario(ledger.Host).DraftAsync("QF7");
        object Proposal(string planId, string[] sections) => new
        {
            title = "Community diagnostic hub", description = "Scans move to a hub.", options = new[] { "Hub" },
            planId, sections, proposedOn = "2017-02-01", source = AServiceChange.Papers,
        };

        (await ledger.Host.Refuses("/api/footprints/QOP/service-changes", Proposal(elsewhere, ["finance"])))
            .Detail.ShouldBe($"Footprint QOP has no plan {elsewhere}.");
        (await ledger.Host.Refuses("/api/footprints/QOP/service-changes", Proposal(plan, ["estates"])))
            .Detail.ShouldBe($"Plan {plan} has no section 'estates'.");
        var proposed = await ledger.Host.Records("/api/footprints/QOP/service-changes", Proposal(plan, ["primary-care", "finance"]));

        var view = await new AServiceChange(ledger.Host).ReadAsync(proposed.Id);
        view.PlanId.ShouldBe(plan);
        view.Sections.ShouldBe(["primary-care", "finance"]);
    }
}
