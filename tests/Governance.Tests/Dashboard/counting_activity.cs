using System.Globalization;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Dashboard;

/// <summary>The activity page counts what every other read shows: by the one as-at rule, on both clocks.</summary>
[Collection(LedgerCollection.Name)]
public class counting_activity(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    private async Task<int> ResolutionsInAsync(string month, string? knownAt = null)
    {
        var csv = await ledger.Host.Server.CreateClient()
            .GetStringAsync("/api/dashboard/activity.csv" + (knownAt is null ? "" : $"?knownAt={Uri.EscapeDataString(knownAt)}"));
        return csv.Split('\n').Select(line => line.Trim().Split(',')).Where(cells => cells[0] == month)
            .Select(cells => int.Parse(cells[1], CultureInfo.InvariantCulture)).SingleOrDefault();
    }

    [Fact]
    public async Task a_resolution_counts_once_recorded_and_not_once_struck_out()
    {
        var body = await _board.ConstituteAsync(on: "2016-05-01");
        var meeting = await _board.MeetingAsync(body, "2016-05-18", "v1", "v2", "v3", "v4");
        var before = await ResolutionsInAsync("2016-05");
        var beforeRecording = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        meeting = await _board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2016/1", "Passed", @for: ["v1", "v2", "v3"]));
        meeting = await _board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2016/2", "Noted"));

        (await ResolutionsInAsync("2016-05")).ShouldBe(before + 2);
        (await ResolutionsInAsync("2016-05", knownAt: beforeRecording)).ShouldBe(before, "as known before they were recorded");

        await ledger.Host.Records($"/api/meetings/{meeting.Id}/strike-outs",
            new { resolution = "2016/1", reason = "Minuted twice", version = meeting.Version, source = BoardScenario.Minutes });
        (await ResolutionsInAsync("2016-05")).ShouldBe(before + 1, "a resolution struck out is not counted");
    }
}
