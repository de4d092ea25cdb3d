using Alba;
using Governance.Domain.Engagement;
using Governance.Ledger.Engagement;
using Governance.Tests.Plans;
using Governance.Tests.ServiceChanges;
using Governance.Tests.Support;

namespace Governance.Tests.Engagement;

/// <summary>A footprint's engagement: what was done, with whom, what was heard and what changed because of it, read as
/// at a date beside its consultations.</summary>
[Collection(LedgerCollection.Name)]
public class recording_engagement(LedgerApp ledger)
{
    private const string Footprint = "QUE";

    [Fact]
    public async Task a_footprints_engagement_and_consultation_record_reads_as_at_a_date_and_measures_the_path_to_a_decision()
    {
        var given = await new AServiceChange(ledger.Host, Footprint).WithABoardAsync();
        var (proposal, version) = await given.ProposeAsync("Urgent treatment centre", proposedOn: "2016-11-01", options: ["A", "B"]);
        var plan = await new PlanScenario(ledger.Host).DraftAsync(Footprint);
        var amendment = await new PlanScenario(ledger.Host).ProposeAsync(plan, 1, "finance", 0, text: "Fund the urgent treatment centre.");

        var meeting = await ledger.Host.Records($"/api/footprints/{Footprint}/engagement", new
        {
            kind = "PublicMeeting", title = "Town hall on urgent care", with = "Residents of the north of the county",
            participants = 140, materials = new[] { new { reference = "Urgent care options leaflet", checksum = "sha256:5b1e" } },
            heard = "Keep a walk-in service in the north", proposalId = proposal, heldOn = "2016-09-15", source = AServiceChange.Papers,
        });
        await ledger.Host.Records($"/api/engagement/{meeting.Id}/outcomes", new
        {
            said = "Keep a walk-in service in the north", did = "Option B keeps a walk-in centre open in the north",
            planId = plan, amendments = new[] { amendment.AmendmentId }, on = "2016-12-01", version = meeting.Version,
            source = AServiceChange.Papers,
        });
        await ledger.Host.Records($"/api/footprints/{Footprint}/engagement", new
        {
            kind = "Survey", title = "Online survey", with = "Anyone in the footprint", heard = "Evening access matters most",
            heldOn = "2017-02-01", source = AServiceChange.Papers,
        });
        version = await given.AnswerFourTestsAsync(proposal, version, "2017-01-10");
        version = (await ledger.Host.Records($"/api/service-changes/{proposal}/consultation", new
        {
            closes = "2017-03-31", documents = new[] { new { reference = "Consultation document" } }, onOptions = true,
            on = "2017-01-15", version, source = AServiceChange.Papers,
        })).Version;
        version = (await ledger.Host.Records($"/api/service-changes/{proposal}/consultation/report", new
        {
            responses = 812, report = new { reference = "Consultation report" }, on = "2017-04-20", version, source = AServiceChange.Papers,
        })).Version;
        await ledger.Host.Records($"/api/service-changes/{proposal}/decision",
            new { decidedBy = given.DecidedBy, on = "2017-05-04", version, source = AServiceChange.Papers });

        var december = (await ledger.Host.GetAsJson<EngagementRecordView>($"/api/footprints/{Footprint}/engagement?asOf=2016-12-31"))!;
        var later = (await ledger.Host.GetAsJson<EngagementRecordView>($"/api/footprints/{Footprint}/engagement?asOf=2017-06-30"))!;
        var decided = await given.ReadAsync(proposal);

        december.Activities.Single().Outcomes.Single().Amendments.ShouldBe([amendment.AmendmentId]);
        december.Consultations.ShouldBeEmpty();
        later.Activities.Select(a => a.Kind).ShouldBe([EngagementKind.PublicMeeting, EngagementKind.Survey]);
        later.Consultations.Single().ShouldBe(new ConsultationEntry(proposal, "Urgent treatment centre",
            new DateOnly(2017, 1, 15), new DateOnly(2017, 3, 31), 75, true, 812, new DateOnly(2017, 4, 20)));
        (decided.FirstEngagedOn, decided.DaysFromFirstEngagementToDecision).ShouldBe((new DateOnly(2016, 9, 15), 231));
    }

    [Fact]
    public async Task what_changed_cites_only_amendments_the_plan_holds_and_engagement_concerns_only_the_footprints_own_records()
    {
        var plan = await new PlanScenario(ledger.Host).DraftAsync(Footprint);
        var workshop = await ledger.Host.Records($"/api/footprints/{Footprint}/engagement", new
        {
            kind = "Workshop", title = "Staff workshop", with = "Community nursing staff", heard = "Rotas are the constraint",
            heldOn = "2017-01-20", source = AServiceChange.Papers,
        });

        (await ledger.Host.Refuses($"/api/engagement/{workshop.Id}/outcomes", new
        {
            said = "Rotas", did = "Changed the rota plan", planId = plan, amendments = new[] { "no-such-amendment" },
            on = "2017-02-01", version = workshop.Version, source = AServiceChange.Papers,
        })).Detail.ShouldBe($"Plan {plan} has no amendment no-such-amendment.");
        (await ledger.Host.Refuses($"/api/engagement/{workshop.Id}/outcomes", new
        {
            said = "Rotas", did = "Changed the rota plan", on = "2017-01-01", version = workshop.Version, source = AServiceChange.Papers,
        })).Detail.ShouldBe("'Staff workshop' was held on 2017-01-20; nothing came of it on 2017-01-01.");
        (await ledger.Host.Refuses("/api/footprints/QF7/engagement", new
        {
            kind = "Survey", title = "Survey", with = "Residents", heard = "Views", planId = plan, heldOn = "2017-01-20",
            source = AServiceChange.Papers,
        })).Detail.ShouldBe($"Footprint QF7 has no plan {plan}.");
        (await ledger.Host.Refuses($"/api/footprints/{Footprint}/engagement", new
        {
            kind = "Survey", title = "Survey", with = "Residents", heard = "Views", participants = -1, heldOn = "2017-01-20",
            source = AServiceChange.Papers,
        })).Errors["participants"].Single().ShouldStartWith("'-1' is negative. Write a whole number from 0 to");
        (await ledger.Host.Refuses($"/api/footprints/{Footprint}/engagement", new
        {
            title = "Survey", with = "Residents", heard = "Views", heldOn = "2017-01-20", source = AServiceChange.Papers,
        })).Errors["kind"].ShouldBe(["Name the kind: PublicMeeting, Survey, Workshop, CitizensPanel, StaffEngagement, PatientGroup."]);
    }
}
