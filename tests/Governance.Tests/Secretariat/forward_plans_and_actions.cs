using Alba;
using Governance.Domain.Boards;
using Governance.Ledger.Secretariat;
using Governance.Tests.Support;

namespace Governance.Tests.Secretariat;

/// <summary>A forward plan followed from item to agenda to decision, the decisions taken without it, and the action log
/// as at a date.</summary>
[Collection(LedgerCollection.Name)]
public class forward_plans_and_actions(LedgerApp ledger)
{
    [Fact]
    public async Task a_planned_item_is_followed_to_its_agenda_and_decision_and_a_decision_not_in_the_plan_is_a_late_addition()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        (await scenario.RefusedAsync("forward-plan", "forward-plan", v => new
        {
            what = "Contract award", decideBy = "2017-07-01", @private = true, on = "2017-05-01", version = v, source = SecretaryScenario.Minutes,
        })).Detail.ShouldBe("An item to be decided in private says why, as the standing orders require.");
        var planned = await scenario.ListAsync("forward-plan", "forward-plan", v => new
        {
            what = "Urgent care strategy", decideBy = "2017-07-01", @private = false, consultation = "Public consultation, March to May 2017",
            on = "2017-05-01", version = v, source = SecretaryScenario.Minutes,
        });
        var meeting = await scenario.MeetingAsync("2017-07-01");
        (await ledger.Host.Refuses($"/api/meetings/{meeting.Id}/agenda", new
        {
            number = "1", title = "Urgent care strategy", @private = false, lead = "Director", purpose = "Decision",
            forwardPlanItemId = "FP-9", version = meeting.Version, source = SecretaryScenario.Minutes,
        })).Detail.ShouldBe("The body's forward plan has no item FP-9 standing.");
        meeting = await scenario.AgendaItemAsync(meeting, "1", "Urgent care strategy", forwardPlanItemId: planned.Id);
        meeting = await scenario.AgendaItemAsync(meeting, "2", "Car parking charges");
        var attended = await ledger.Host.Records($"/api/meetings/{meeting.Id}/attendance",
            new { present = new[] { "v1", "v2", "v3", "v4" }, apologies = Array.Empty<string>(), version = meeting.Version, source = SecretaryScenario.Minutes });
        meeting = await scenario.ResolveAsync(meeting with { Version = attended.Version }, "2017/1", "1");
        await scenario.ResolveAsync(meeting, "2017/2", "Car parking charges");

        var plan = (await ledger.Host.GetAsJson<ForwardPlanView>($"/api/bodies/{scenario.Body}/forward-plan?asOf=2017-07-31"))!;
        var thread = plan.Items.Single();
        (thread.Item.Id, thread.Item.Consultation).ShouldBe(("FP-1", "Public consultation, March to May 2017"));
        thread.OnAgenda.Single().ItemNumber.ShouldBe("1");
        thread.DecidedBy.Single().Resolution.ShouldBe("2017/1");
        plan.LateAdditions.Select(d => (d.Resolution, d.Item)).ShouldBe([("2017/2", "Car parking charges")]);

        var before = (await ledger.Host.GetAsJson<ForwardPlanView>($"/api/bodies/{scenario.Body}/forward-plan?asOf=2017-04-30"))!;
        before.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task an_action_is_chased_and_closed_and_read_as_it_stood_on_any_date_with_the_overdue_ones_marked()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.MeetingAsync("2017-07-01", "v1", "v2", "v3", "v4");
        (await scenario.RefusedAsync("actions", "actions", v => new
        {
            what = "Report back", owner = "Director", dueOn = "2017-08-01", meetingId = meeting.Id, arisingFrom = "item 1",
            on = "2017-06-01", version = v, source = SecretaryScenario.Minutes,
        })).Detail.ShouldBe("The meeting was on 2017-07-01; an action arising at it is raised then or after.");
        var raised = await scenario.ListAsync("actions", "actions", v => new
        {
            what = "Report the hub's costs", owner = "Director of Finance", dueOn = "2017-08-01", meetingId = meeting.Id,
            arisingFrom = "resolution 2017/1", on = "2017-07-01", version = v, source = SecretaryScenario.Minutes,
        });
        await scenario.ListAsync("actions", $"actions/{raised.Id}/updates",
            v => new { note = "Awaiting the quantity surveyor", dueOn = "2017-09-01", on = "2017-07-25", version = v, source = SecretaryScenario.Minutes });
        await scenario.ListAsync("actions", $"actions/{raised.Id}/updates",
            v => new { note = "Reported to the September meeting", close = true, on = "2017-09-15", version = v, source = SecretaryScenario.Minutes });
        (await scenario.RefusedAsync("actions", $"actions/{raised.Id}/updates",
                v => new { note = "Again", on = "2017-10-01", version = v, source = SecretaryScenario.Minutes }))
            .Detail.ShouldBe("Action A-1 was closed on 2017-09-15; raise a new action instead.");

        ActionsView On(string date) => ledger.Host.GetAsJson<ActionsView>($"/api/bodies/{scenario.Body}/actions?asOf={date}").Result!;
        var july = On("2017-07-31");
        (july.Actions.Single().DueOn, july.Actions.Single().Notes.Count, july.Overdue.Count).ShouldBe((new DateOnly(2017, 9, 1), 1, 0));
        On("2017-09-10").Overdue.ShouldBe(["A-1"]);
        var closed = On("2017-12-31");
        (closed.Actions.Single().ClosedOn, closed.Overdue.Count).ShouldBe((new DateOnly(2017, 9, 15), 0));
        On("2017-06-30").Actions.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_resolution_records_the_papers_it_was_taken_on_and_a_paper_reissued_after_it_is_shown_as_changed()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.AgendaItemAsync(await scenario.MeetingAsync("2017-07-01"), "1", "Urgent care hub");
        var (tabled, paperId, first) = await scenario.TableAsync(meeting, "1", "Business case, version 1", "2017-06-20");
        var attended = await ledger.Host.Records($"/api/meetings/{meeting.Id}/attendance",
            new { present = new[] { "v1", "v2", "v3", "v4" }, apologies = Array.Empty<string>(), version = tabled.Version, source = SecretaryScenario.Minutes });
        var decided = await scenario.ResolveAsync(tabled with { Version = attended.Version }, "2017/1", "Urgent care hub");

        var unchanged = (await ledger.Host.GetAsJson<AgendaView>($"/api/meetings/{meeting.Id}/agenda"))!;
        unchanged.Decisions.Single().Papers.ShouldBe([new DecidedOnPaper(paperId, 1, first)]);
        unchanged.Decisions.Single().ChangedSince.ShouldBeEmpty();

        var (_, reissuedId, second) = await scenario.TableAsync(decided, "1", "Business case, version 2 (costs revised)", "2017-07-10", paperId);
        reissuedId.ShouldBe(paperId);

        var changed = (await ledger.Host.GetAsJson<AgendaView>($"/api/meetings/{meeting.Id}/agenda"))!.Decisions.Single();
        changed.Papers.ShouldBe([new DecidedOnPaper(paperId, 1, first)], "what the board decided on does not move");
        changed.ChangedSince.ShouldBe([new PaperChanged(paperId, 1, first, 2, second, new DateOnly(2017, 7, 10))]);
    }
}
