using Alba;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Secretariat;

/// <summary>Draft minutes written from what was recorded at a meeting, kept as an approved snapshot.</summary>
[Collection(LedgerCollection.Name)]
public class the_minutes(LedgerApp ledger)
{
    /// <summary>A partnership board's meeting of 1 July 2017: a declared and a registered interest, a paper, a vote with a
    /// member standing aside, a private item, a chair's action ratified and an action arising.</summary>
    public static async Task<string> MeetingAsync(IAlbaHost host)
    {
        var scenario = await SecretaryScenario.WithBodyAsync(host);
        await scenario.ListAsync("register", "register", v => new
        {
            seatId = "v1", member = "Dr A. Example", kind = "Interest", organisation = "Sheffield Teaching Hospitals",
            description = "Non-executive director", from = "2016-04-01", on = "2017-05-01", version = v, source = SecretaryScenario.Minutes,
        });
        var taken = await scenario.ListAsync("chairs-actions", "chairs-actions", v => new
        {
            decision = "Sign the lease for the hub's site", reasons = "The landlord's deadline fell before this meeting",
            takenBy = new[] { "chair" }, on = "2017-06-10", version = v, source = SecretaryScenario.Minutes,
        });

        var meeting = await scenario.MeetingAsync("2017-07-01");
        meeting = await scenario.AgendaItemAsync(meeting, "1", "Chair's action");
        meeting = await scenario.AgendaItemAsync(meeting, "2", "Urgent care hub", concerns: ["Sheffield Teaching Hospitals"]);
        meeting = await scenario.AgendaItemAsync(meeting, "3", "Contract award for patient transport", isPrivate: true);
        (meeting, _, _) = await scenario.TableAsync(meeting, "2", "Urgent care hub: the business case (minutes scenario).", "2017-06-20");
        var attended = await host.Records($"/api/meetings/{meeting.Id}/attendance", new
        {
            present = new[] { "chair", "v1", "v2", "v3", "v4" }, apologies = new[] { "v5" }, version = meeting.Version,
            source = SecretaryScenario.Minutes,
        });
        meeting = meeting with { Version = attended.Version };
        meeting = await scenario.Board.DeclareAsync(meeting, "v1", "Urgent care hub");
        meeting = await scenario.ResolveAsync(meeting, "2017/1", "Chair's action", @for: ["chair", "v2", "v3", "v4"]);
        meeting = await scenario.Board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/2", "Passed",
            @for: ["chair", "v2", "v3"], against: ["v4"], recused: ["v1"], item: "Urgent care hub"));
        await scenario.Board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/3", "Passed",
            @for: ["chair", "v1", "v2", "v3"], item: "Contract award for patient transport"));
        await scenario.ListAsync("chairs-actions", $"chairs-actions/{taken.Id}/ratification",
            v => new { meetingId = meeting.Id, resolution = "2017/1", version = v, source = SecretaryScenario.Minutes });
        await scenario.ListAsync("actions", "actions", v => new
        {
            what = "Bring the hub's revised costs", owner = "Director of Finance", dueOn = "2017-09-01", meetingId = meeting.Id,
            arisingFrom = "resolution 2017/2", on = "2017-07-01", version = v, source = SecretaryScenario.Minutes,
        });
        return meeting.Id;
    }

    [Fact]
    public async Task approved_minutes_are_kept_as_a_paper_under_their_hash_for_those_who_may_see_the_whole_meeting()
    {
        var meeting = await MeetingAsync(ledger.Host);
        await using var session = ledger.Store.QuerySession();
        var bodyId = (await session.Events.AggregateStreamAsync<Governance.Domain.Boards.Meeting>(meeting))!.BodyId;
        var approving = await new BoardScenario(ledger.Host).MeetingAsync(bodyId, "2017-09-01", "chair", "v1", "v2", "v3");
        var version = (await session.Events.FetchStreamStateAsync(meeting))!.Version;
        await ledger.Host.Records($"/api/meetings/{meeting}/minutes-approval",
            new { approvedAtMeetingId = approving.Id, version, source = SecretaryScenario.Minutes });

        var auditor = Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor);
        var live = await (await ledger.Host.Scenario(s => { s.Get.Url($"/meetings/{meeting}/minutes"); s.SignedInAs(auditor); })).ReadAsTextAsync();
        var sha256 = System.Text.RegularExpressions.Regex.Match(live, "kept as approved under SHA-256 <a href=\"/api/papers/([0-9a-f]{64})\"").Groups[1].Value;
        sha256.ShouldNotBeEmpty();

        var kept = await ledger.Host.ClientFor(auditor).GetAsync($"/api/papers/{sha256}");
        kept.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var bytes = await kept.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)).ShouldBe(sha256);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        text.ShouldContain("Approved at the meeting of 1 September 2017</p>");
        text.ShouldContain("Contract award for patient transport");
        kept.Content.Headers.ContentDisposition!.FileName.ShouldBe("minutes-2017-07-01.html");
        (await ledger.Host.Server.CreateClient().GetAsync($"/api/papers/{sha256}")).StatusCode
            .ShouldBe(System.Net.HttpStatusCode.NotFound, "the meeting had a private item: its whole minutes are not public");
    }

    [Fact]
    public async Task the_draft_minutes_of_a_meeting_are_written_from_its_record()
    {
        var meeting = await MeetingAsync(ledger.Host);
        var auditor = Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor);

        var full = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/meetings/{meeting}/minutes");
            s.SignedInAs(auditor);
            s.ContentTypeShouldBe("text/html; charset=utf-8");
        });
        await Verify(await full.ReadAsTextAsync(), "html");

        var published = await (await ledger.Host.Scenario(s => s.Get.Url($"/meetings/{meeting}/minutes"))).ReadAsTextAsync();
        published.ShouldContain("Urgent care hub");
        published.ShouldNotContain("Contract award", Case.Sensitive, "a private item is not in the minutes the public reads");
        published.ShouldNotContain("2017/3");
    }
}
