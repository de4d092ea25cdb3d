using Alba;
using Governance.Domain.Common;
using Governance.Domain.Plans;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Plans;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Governance.Tests.Support;

namespace Governance.Tests.Plans;

[Collection(LedgerCollection.Name)]
public class amending_a_plan(LedgerApp ledger)
{
    private Task<APlanWithAnApprovingBoard> Given() => new APlanWithAnApprovingBoard(ledger.Host).SetUpAsync();

    private async Task<PlanAsAtView> AsAt(string plan, string date, string? knownAt = null) =>
        (await ledger.Host.GetAsJson<PlanAsAtView>(
            $"/api/plans/{plan}?asOf={date}" + (knownAt is null ? "" : $"&knownAt={Uri.EscapeDataString(knownAt)}")))!;

    [Fact]
    public async Task the_plan_as_at_the_day_before_on_and_after_an_amendments_effective_date()
    {
        var given = await Given();
        var proposed = await given.Plans.ProposeAsync(given.Plan, 1, "primary-care", 0, text: "Seven-day access to general practice.");
        await given.Approve(proposed.AmendmentId, "2017/1", effectiveFrom: "2017-04-01", version: proposed.Version);

        var before = await AsAt(given.Plan, "2017-03-31");
        var on = await AsAt(given.Plan, "2017-04-01");
        var after = await AsAt(given.Plan, "2018-01-01");

        before.Sections.Single(s => s.Key == "primary-care").Text.ShouldBe("Extend access to general practice in the evenings.");
        (before.Version, before.InForceUntil, before.Current).ShouldBe((0, new DateOnly(2017, 4, 1), false));
        before.ChangesNotYetInEffect.ShouldHaveSingleItem().ApprovedBy.ShouldBe(new ApprovingDecision(given.Board, "2017/1"));
        on.Sections.Single(s => s.Key == "primary-care").Text.ShouldBe("Seven-day access to general practice.");
        (on.Version, on.InForceFrom, on.Current).ShouldBe((1, new DateOnly(2017, 4, 1), true));
        on.ChangesInForce.ShouldHaveSingleItem().Id.ShouldBe(proposed.AmendmentId);
        on.ChangesNotYetInEffect.ShouldBeEmpty();
        after.Sections.Select(s => s.Text).ShouldBe(on.Sections.Select(s => s.Text));
    }

    [Fact]
    public async Task as_known_before_a_late_recorded_approval_the_plan_reads_as_it_did()
    {
        var given = await Given();
        var proposed = await given.Plans.ProposeAsync(given.Plan, 1, "mental-health", 0, text: "Crisis cafes in every town.");
        var beforeApprovalWasRecorded = DateTimeOffset.UtcNow.ToString("O");
        await given.Approve(proposed.AmendmentId, "2017/1", effectiveFrom: "2017-04-01", version: proposed.Version);

        var knownThen = await AsAt(given.Plan, "2018-01-01", knownAt: beforeApprovalWasRecorded);
        var knownNow = await AsAt(given.Plan, "2018-01-01");

        knownThen.Sections.Single(s => s.Key == "mental-health").Text.ShouldBe("Bring crisis care closer to home.");
        knownNow.Sections.Single(s => s.Key == "mental-health").Text.ShouldBe("Crisis cafes in every town.");
    }

    [Fact]
    public async Task an_approval_recorded_later_but_in_effect_earlier_renumbers_the_versions_without_rewriting_what_was_known()
    {
        var given = await Given();
        var finance = await given.Plans.ProposeAsync(given.Plan, 1, "primary-care", 0, text: "Later in force.");
        var mental = await given.Plans.ProposeAsync(given.Plan, finance.Version, "mental-health", 0, text: "Earlier in force.");
        var first = await given.Approve(finance.AmendmentId, "2017/1", effectiveFrom: "2017-09-01", version: mental.Version);
        var betweenTheApprovals = DateTimeOffset.UtcNow.ToString("O");
        await given.Approve(mental.AmendmentId, "2017/1", effectiveFrom: "2017-07-01", version: first.Version);

        var augustThen = await AsAt(given.Plan, "2017-08-01", knownAt: betweenTheApprovals);
        var augustNow = await AsAt(given.Plan, "2017-08-01");
        var octoberThen = await AsAt(given.Plan, "2017-10-01", knownAt: betweenTheApprovals);
        var octoberNow = await AsAt(given.Plan, "2017-10-01");

        (augustThen.Version, augustThen.InForceUntil).ShouldBe((0, new DateOnly(2017, 9, 1)));
        (augustNow.Version, augustNow.InForceFrom, augustNow.InForceUntil).ShouldBe((1, new DateOnly(2017, 7, 1), new DateOnly(2017, 9, 1)));
        augustNow.Sections.Single(s => s.Key == "mental-health").Text.ShouldBe("Earlier in force.");
        octoberThen.Version.ShouldBe(1);
        octoberThen.ChangesInForce.Select(c => c.Id).ShouldBe([finance.AmendmentId]);
        octoberThen.Sections.Single(s => s.Key == "mental-health").Text.ShouldBe("Bring crisis care closer to home.");
        octoberNow.Version.ShouldBe(2);
        octoberNow.ChangesInForce.Select(c => c.Id).ShouldBe([finance.AmendmentId, mental.AmendmentId], ignoreOrder: true);
        octoberNow.Sections.Select(s => s.Text).ShouldContain("Later in force.");
        octoberNow.Sections.Select(s => s.Text).ShouldContain("Earlier in force.");
    }

    [Fact]
    public async Task a_ledger_with_plans_but_no_stored_versions_rebuilds_them_at_startup()
    {
        var given = await Given();
        var proposed = await given.Plans.ProposeAsync(given.Plan, 1, "primary-care", 0, text: "Rebuilt from the log.");
        await given.Approve(proposed.AmendmentId, "2017/1", effectiveFrom: "2017-04-01", version: proposed.Version);
        var store = ledger.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<PlanRecord>(_ => true);
            session.DeleteWhere<PlanVersionRecord>(_ => true);
            await session.SaveChangesAsync();
        }

        await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/plans/{given.Plan}?asOf=2018-01-01");
            s.StatusCodeShouldBe(404);
        });
        await new StoredRecordsOnStartup(store, NullLogger<StoredRecordsOnStartup>.Instance).StartAsync(CancellationToken.None);
        var rebuilt = await AsAt(given.Plan, "2018-01-01");

        (rebuilt.Version, rebuilt.ChangesInForce.Single().Id).ShouldBe((1, proposed.AmendmentId));
        rebuilt.Sections.Single(s => s.Key == "primary-care").Text.ShouldBe("Rebuilt from the log.");
    }

    [Fact]
    public async Task of_two_amendments_drafted_against_the_same_text_the_second_must_be_rebased_before_approval()
    {
        var given = await Given();
        var first = await given.Plans.ProposeAsync(given.Plan, 1, "primary-care", 0, text: "First redraft.");
        var second = await given.Plans.ProposeAsync(given.Plan, first.Version, "primary-care", 0, text: "Second redraft.");
        var approved = await given.Approve(first.AmendmentId, "2017/1", "2017-04-01", second.Version);

        var refused = await given.RefusedApproval(second.AmendmentId, "2017/1", "2017-05-01", approved.Version);
        var rebased = await ledger.Host.Records($"/api/plans/{given.Plan}/amendments/{second.AmendmentId}/rebase", new
        {
            changes = new[] { new { section = "primary-care", draftedAgainst = 1, text = "First redraft, then the second." } },
            reason = "Takes A1 into account", on = "2017-04-15", version = approved.Version, source = PlanScenario.Source,
        });
        await given.Approve(second.AmendmentId, "2017/1", "2017-05-01", rebased.Version);

        refused.Detail.ShouldBe($"Section 'primary-care' has changed since this amendment was drafted: it was drafted " +
                                $"against revision 0, and amendment {first.AmendmentId} has since made it revision 1. " +
                                "Rebase the amendment against the text now in force, so that no change is lost.");
        (await AsAt(given.Plan, "2017-06-01")).Sections.Single(s => s.Key == "primary-care").Text
            .ShouldBe("First redraft, then the second.");
    }

    [Theory]
    [InlineData("2017/3", "Resolution 2017/3 was rejected, not passed; it approves nothing.")]
    [InlineData("2017/2", "Resolution 2017/2 was rescinded by 2017/4; it approves nothing.")]
    [InlineData("2017/99", "has no resolution 2017/99 to cite.")]
    public async Task only_a_resolution_that_passed_and_stands_approves_an_amendment(string resolution, string expected)
    {
        var given = await Given();
        var proposed = await given.Plans.ProposeAsync(given.Plan, 1, "primary-care", 0, text: "Redraft.");

        var refused = await given.RefusedApproval(proposed.AmendmentId, resolution, "2017-04-01", proposed.Version);

        refused.Detail.ShouldEndWith(expected);
    }

    [Fact]
    public async Task a_superseded_plan_takes_no_amendments()
    {
        var given = await Given();
        var unknown = await ledger.Host.Refuses($"/api/plans/{given.Plan}/supersession",
            new { supersededBy = "the 2019 system plan", on = "2019-11-30", version = 1, source = PlanScenario.Source });
        var successor = await given.Plans.DraftAsync(draftedOn: "2019-09-30");
        var superseded = await ledger.Host.Records($"/api/plans/{given.Plan}/supersession",
            new { supersededBy = successor, on = "2019-11-30", version = 1, source = PlanScenario.Source });

        var refused = await ledger.Host.Refuses($"/api/plans/{given.Plan}/amendments", new
        {
            changes = new[] { new { section = "finance", draftedAgainst = 0, text = "Late change." } },
            reason = "Too late", on = "2020-01-15", version = superseded.Version, source = PlanScenario.Source,
        });

        unknown.Detail.ShouldBe("Footprint QF7 has no plan the 2019 system plan; a plan is superseded by a later plan of its own footprint.");
        refused.Detail.ShouldBe($"'Sustainability and Transformation Plan' was superseded by plan {successor} " +
                                "on 2019-11-30; amend the plan that superseded it.");
    }

    [Fact]
    public async Task a_rejected_or_withdrawn_amendment_cannot_be_approved_afterwards()
    {
        var given = await Given();
        var proposed = await given.Plans.ProposeAsync(given.Plan, 1, "finance", 0, text: "New finance text.");
        var rejected = await ledger.Host.Records($"/api/plans/{given.Plan}/amendments/{proposed.AmendmentId}/rejection",
            new { reason = "Not affordable", on = "2017-02-01", version = proposed.Version, source = PlanScenario.Source });

        var refused = await given.RefusedApproval(proposed.AmendmentId, "2017/1", "2017-04-01", rejected.Version);
        var amendments = await ledger.Host.GetAsJson<AmendmentSummary[]>($"/api/plans/{given.Plan}/amendments");

        refused.Detail.ShouldBe($"Amendment {proposed.AmendmentId} is already rejected.");
        amendments.ShouldHaveSingleItem().Status.ShouldBe(AmendmentStatus.Rejected);
    }
}
