using System.Net;
using Alba;
using Governance.Ledger.Secretariat;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Secretariat;

/// <summary>A private item of a public meeting stays private in every public read: its resolutions, the interests
/// declared in it, its actions, the chair's actions it ratified; and a withheld register entry stays out of public
/// minutes.</summary>
[Collection(LedgerCollection.Name)]
public class private_items_stay_private(LedgerApp ledger)
{
    [Fact]
    public async Task a_private_items_resolution_interest_action_and_ratification_are_not_in_the_public_reads()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var taken = await scenario.ListAsync("chairs-actions", "chairs-actions", v => new
        {
            decision = "Extend the transport contract", reasons = "It ended before the meeting", takenBy = new[] { "chair" },
            on = "2017-06-10", version = v, source = SecretaryScenario.Minutes,
        });
        await scenario.ListAsync("register", "register", v => new
        {
            seatId = "v1", member = "Member One", kind = "Interest", organisation = "Secret Supplies Ltd", description = "Shareholder",
            from = "2017-01-01", withheld = true, withheldReason = "Publishing it could put the member at risk", on = "2017-05-01",
            version = v, source = SecretaryScenario.Minutes,
        });
        var meeting = await scenario.AgendaItemAsync(await scenario.MeetingAsync("2017-07-01"), "1", "Estates", concerns: ["Secret Supplies Ltd"]);
        meeting = await scenario.AgendaItemAsync(meeting, "2", "Transport contract award", isPrivate: true);
        var attended = await ledger.Host.Records($"/api/meetings/{meeting.Id}/attendance",
            new { present = new[] { "chair", "v1", "v2", "v3" }, apologies = Array.Empty<string>(), version = meeting.Version, source = SecretaryScenario.Minutes });
        meeting = await scenario.Board.DeclareAsync(meeting with { Version = attended.Version }, "v2", "Transport contract award");
        meeting = await scenario.ResolveAsync(meeting, "2017/1", "Estates", @for: ["chair", "v2", "v3"]);
        await scenario.ResolveAsync(meeting, "2017/2", "Transport contract award", @for: ["chair", "v1", "v3"]);
        await scenario.ListAsync("chairs-actions", $"chairs-actions/{taken.Id}/ratification",
            v => new { meetingId = meeting.Id, resolution = "2017/2", version = v, source = SecretaryScenario.Minutes });
        await scenario.ListAsync("actions", "actions", v => new
        {
            what = "Notify the losing bidders", owner = "Director of Procurement", dueOn = "2017-07-15", meetingId = meeting.Id,
            arisingFrom = "resolution 2017/2", itemNumber = "2", on = "2017-07-01", version = v, source = SecretaryScenario.Minutes,
        });

        var anonymous = ledger.Host.Server.CreateClient();
        (await anonymous.GetAsync($"/api/bodies/{scenario.Body}/resolutions/2017/2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/bodies/{scenario.Body}/resolutions/2017/1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync($"/api/bodies/{scenario.Body}")).ShouldNotContain("Transport contract");
        (await anonymous.GetStringAsync($"/api/bodies/{scenario.Body}/interests")).ShouldNotContain("Transport contract");
        (await anonymous.GetStringAsync($"/api/bodies/{scenario.Body}/actions")).ShouldNotContain("losing bidders");
        // The chair's action itself was taken in public; which private resolution ratified it is not.
        var seen = (await ledger.Host.GetAsJson<ChairsActionsView>($"/api/bodies/{scenario.Body}/chairs-actions"))!.Actions.Single();
        (seen.Ratified, seen.RatifiedBy, seen.RatifiedOn).ShouldBe((true, null, null));
        var secretaries = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/bodies/{scenario.Body}/chairs-actions");
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
        });
        (await secretaries.ReadAsJsonAsync<ChairsActionsView>())!.Actions.Single().RatifiedBy!.Number.ShouldBe("2017/2");

        var minutes = await anonymous.GetStringAsync($"/meetings/{meeting.Id}/minutes");
        minutes.ShouldContain("Estates");
        minutes.ShouldNotContain("Transport contract");
        minutes.ShouldNotContain("losing bidders");
        minutes.ShouldNotContain("Secret Supplies Ltd", Case.Sensitive, "a withheld register entry is not published in the minutes");
        (await (await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/meetings/{meeting.Id}/minutes");
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
        })).ReadAsTextAsync()).ShouldContain("Secret Supplies Ltd");
    }

    [Fact]
    public async Task a_control_character_typed_into_a_resolution_does_not_break_the_feeds()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.MeetingAsync("2017-07-01", "v1", "v2", "v3", "v4");
        await scenario.Board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "v2", "v3"],
            item: "Bell\u0007 and tab\tcharacters"));

        var feed = await ledger.Host.Scenario(s => s.Get.Url($"/feeds/bodies/{scenario.Body}.atom"));
        (await feed.ReadAsTextAsync()).ShouldContain("Bell and tab\tcharacters");
    }
}
