using Alba;
using Governance.Ledger.Secretariat;
using Governance.Tests.Support;

namespace Governance.Tests.Secretariat;

/// <summary>Chair's action, reported to and ratified at the next quorate meeting or flagged; and written resolutions,
/// counted under the body's quorum and voting rule.</summary>
[Collection(LedgerCollection.Name)]
public class decisions_between_meetings(LedgerApp ledger)
{
    private static object ChairsAction(long version, string on, params string[] takenBy) => new
    {
        decision = "Sign the lease for the new hub", reasons = "The landlord's deadline fell before the next meeting", takenBy,
        on, version, source = SecretaryScenario.Minutes,
    };

    private Task<ChairsActionsView> ChairsActionsOn(SecretaryScenario scenario, string date) =>
        ledger.Host.GetAsJson<ChairsActionsView>($"/api/bodies/{scenario.Body}/chairs-actions?asOf={date}")!;

    [Fact]
    public async Task a_chairs_action_is_flagged_until_ratified_and_flagged_as_late_when_the_next_quorate_meeting_passed_it_by()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        (await scenario.RefusedAsync("chairs-actions", "chairs-actions", v => ChairsAction(v, "2017-06-10", "v1")))
            .Detail.ShouldBe("v1 held no chair's or vice-chair's voting seat on Partnership Board on 2017-06-10.");
        var taken = await scenario.ListAsync("chairs-actions", "chairs-actions", v => ChairsAction(v, "2017-06-10", "chair"));

        (await ChairsActionsOn(scenario, "2017-06-11"))!.Flags.Single().Reason.ShouldBe("Awaiting ratification at the next quorate meeting.");

        await scenario.MeetingAsync("2017-07-01", "v1", "v2", "v3", "v4");
        (await ChairsActionsOn(scenario, "2017-07-02"))!.Flags.Single().Reason
            .ShouldBe("Not ratified: the next quorate meeting, on 2017-07-01, did not ratify it.");

        var later = await scenario.MeetingAsync("2017-08-01", "v1", "v2", "v3", "v4", "chair");
        await scenario.ResolveAsync(later, "2017/2", "Chair's action CA-1");
        await scenario.ListAsync("chairs-actions", $"chairs-actions/{taken.Id}/ratification",
            v => new { meetingId = later.Id, resolution = "2017/2", version = v, source = SecretaryScenario.Minutes });

        var ratified = (await ChairsActionsOn(scenario, "2017-08-02"))!;
        ratified.Actions.Single().AtNextQuorateMeeting.ShouldBe(false);
        ratified.Flags.Single().Reason.ShouldBe("Ratified by resolution 2017/2, after the next quorate meeting of 2017-07-01 passed without it.");
        (await ChairsActionsOn(scenario, "2017-07-15"))!.Flags.Single().Reason
            .ShouldStartWith("Not ratified", Case.Sensitive, "as at a date before the ratification, it stood unratified");
    }

    [Fact]
    public async Task an_inquorate_meeting_cannot_ratify_and_is_not_the_next_quorate_meeting()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var taken = await scenario.ListAsync("chairs-actions", "chairs-actions", v => ChairsAction(v, "2017-06-10", "chair", "vice"));
        var inquorate = await scenario.MeetingAsync("2017-07-01", "v1", "v2");
        inquorate = await scenario.Board.ResolveAsync(inquorate, Boards.BoardScenario.Resolution(inquorate, "2017/1", "Noted", item: "Chair's action"));

        (await scenario.RefusedAsync("chairs-actions", $"chairs-actions/{taken.Id}/ratification",
                v => new { meetingId = inquorate.Id, resolution = "2017/1", version = v, source = SecretaryScenario.Minutes }))
            .Detail.ShouldBe("Only a quorate meeting ratifies a chair's action.");

        var quorate = await scenario.MeetingAsync("2017-07-15", "v1", "v2", "v3", "v4");
        await scenario.ResolveAsync(quorate, "2017/2", "Chair's action");
        await scenario.ListAsync("chairs-actions", $"chairs-actions/{taken.Id}/ratification",
            v => new { meetingId = quorate.Id, resolution = "2017/2", version = v, source = SecretaryScenario.Minutes });

        var view = (await ChairsActionsOn(scenario, "2017-08-01"))!;
        view.Actions.Single().AtNextQuorateMeeting.ShouldBe(true);
        view.Actions.Single().TakenBy.ShouldBe(["chair", "vice"]);
        view.Flags.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_written_resolution_is_counted_under_the_bodys_voting_rule_once_it_closes()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host, quorum: 4, voting: "TwoThirdsMajority");
        var circulated = await scenario.ListAsync("written-resolutions", "written-resolutions",
            v => new { text = "Agree the estates strategy", closesOn = "2017-06-30", on = "2017-06-15", version = v, source = SecretaryScenario.Minutes });
        var answers = $"written-resolutions/{circulated.Id}/answers";
        object Answer(string seatId, string vote, string on, long v) => new { seatId, vote, on, version = v, source = SecretaryScenario.Minutes };

        foreach (var (seat, vote) in new[] { ("v1", "For"), ("v2", "For"), ("v3", "Against"), ("v4", "For") })
            await scenario.ListAsync("written-resolutions", answers, v => Answer(seat, vote, "2017-06-20", v));
        (await scenario.RefusedAsync("written-resolutions", answers, v => Answer("nhse", "For", "2017-06-20", v)))
            .Detail.ShouldBe("nhse was not a voting member the resolution was circulated to.");
        (await scenario.RefusedAsync("written-resolutions", answers, v => Answer("v5", "For", "2017-07-01", v)))
            .Detail.ShouldBe("The resolution closed on 2017-06-30; an answer on 2017-07-01 is too late.");
        (await scenario.RefusedAsync("written-resolutions", $"written-resolutions/{circulated.Id}/conclusion",
                v => new { on = "2017-06-25", version = v, source = SecretaryScenario.Minutes }))
            .Detail.ShouldBe("The resolution closes on 2017-06-30 and 4 members have not answered.");
        await scenario.ListAsync("written-resolutions", $"written-resolutions/{circulated.Id}/conclusion",
            v => new { on = "2017-07-01", version = v, source = SecretaryScenario.Minutes });

        var counted = (await ledger.Host.GetAsJson<WrittenResolutionsView>($"/api/bodies/{scenario.Body}/written-resolutions"))!
            .Resolutions.Single();
        counted.Members.ShouldBe(["v1", "v2", "v3", "v4", "v5", "v6", "chair", "vice"], ignoreOrder: true);
        (counted.Conclusion!.Carried, counted.Conclusion.Explanation).ShouldBe((true,
            "3 for, 1 against, 0 abstaining: a two-thirds majority needs at least two thirds of the votes cast to be for"));
    }

    [Fact]
    public async Task a_written_resolution_answered_by_fewer_members_than_the_quorum_is_not_carried()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host, quorum: 4);
        var circulated = await scenario.ListAsync("written-resolutions", "written-resolutions",
            v => new { text = "Agree the workforce plan", closesOn = "2017-06-30", on = "2017-06-15", version = v, source = SecretaryScenario.Minutes });
        foreach (var seat in new[] { "v1", "v2", "v3" })
            await scenario.ListAsync("written-resolutions", $"written-resolutions/{circulated.Id}/answers",
                v => new { seatId = seat, vote = "For", on = "2017-06-20", version = v, source = SecretaryScenario.Minutes });
        await scenario.ListAsync("written-resolutions", $"written-resolutions/{circulated.Id}/conclusion",
            v => new { on = "2017-07-01", version = v, source = SecretaryScenario.Minutes });

        var counted = (await ledger.Host.GetAsJson<WrittenResolutionsView>($"/api/bodies/{scenario.Body}/written-resolutions"))!
            .Resolutions.Single();
        (counted.Conclusion!.Carried, counted.Conclusion.Explanation)
            .ShouldBe((false, "Only 3 of the 8 members answered; the quorum is 4."));
    }
}
