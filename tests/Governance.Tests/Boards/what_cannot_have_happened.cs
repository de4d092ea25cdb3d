using System.Net;
using Alba;
using Governance.Tests.Support;

namespace Governance.Tests.Boards;

/// <summary>A meeting may be scheduled ahead, but what happens at it is recorded once it has happened; a meeting
/// recorded in error is struck out and one recorded on the wrong date is redated, and the history keeps both.</summary>
[Collection(LedgerCollection.Name)]
public class what_cannot_have_happened(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    private static string DaysAhead(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task a_meeting_may_be_scheduled_ahead_but_no_attendance_or_resolution_is_recorded_before_it()
    {
        var body = await _board.ConstituteAsync();
        var ahead = await _board.MeetingAsync(body, DaysAhead(30));
        var before = await EventLog.LastSequenceAsync(ledger.ConnectionString);

        var attendance = await ledger.Host.Refuses($"/api/meetings/{ahead.Id}/attendance",
            new { present = new[] { "v1", "v2", "v3", "v4" }, version = ahead.Version, source = BoardScenario.Minutes });

        attendance.Detail.ShouldStartWith($"Attendance recorded cannot be dated {DaysAhead(30)}: that is after today");
        (await EventLog.LastSequenceAsync(ledger.ConnectionString)).ShouldBe(before);
    }

    [Fact]
    public async Task a_meeting_struck_out_is_left_out_of_every_read_as_known_after_and_kept_in_the_history()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        meeting = await _board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "v2", "v3"]));
        var beforeStrikeOut = DateTimeOffset.UtcNow;

        await ledger.Host.Records($"/api/meetings/{meeting.Id}/strike-outs",
            new { reason = "Recorded for the wrong body", version = meeting.Version, source = BoardScenario.Minutes });

        (await _board.BodyAsAt(body, "2017-12-31")).Meetings.ShouldBeEmpty();
        var asKnownBefore = await ledger.Host.GetAsJson<Ledger.Boards.BodyRecordView>(
            $"/api/bodies/{body}?asOf=2017-12-31&knownAt={Uri.EscapeDataString(beforeStrikeOut.ToString("O"))}");
        asKnownBefore!.Meetings.Single().Resolutions.Single().Number.ShouldBe("2017/1");
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/bodies/{body}/resolutions/2017/1");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
        var read = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/audit/events?stream={meeting.Id}");
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
        });
        var history = (await read.ReadAsJsonAsync<Ledger.Audit.EventPage>())!;
        history.Events.Select(e => e.Type).ShouldContain("meeting_struck_out");
        history.Events.Select(e => e.Type).ShouldContain("resolution_recorded");
    }

    [Fact]
    public async Task a_resolution_struck_out_leaves_the_rest_of_its_meeting()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        meeting = await _board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "v2", "v3"]));
        meeting = await _board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/2", "Noted"));

        await ledger.Host.Records($"/api/meetings/{meeting.Id}/strike-outs",
            new { resolution = "2017/1", reason = "Minuted twice", version = meeting.Version, source = BoardScenario.Minutes });

        (await _board.BodyAsAt(body, "2017-12-31")).Meetings.Single().Resolutions.Select(r => r.Number).ShouldBe(["2017/2"]);
    }

    [Fact]
    public async Task a_meeting_redated_reads_on_its_correct_date_as_known_after_the_correction()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-08", "v1", "v2", "v3", "v4");

        await ledger.Host.Records($"/api/meetings/{meeting.Id}/date-correction",
            new { date = "2017-06-01", reason = "Held a week earlier than minuted", version = meeting.Version, source = BoardScenario.Minutes });

        var onTheFirst = await _board.BodyAsAt(body, "2017-06-01");
        onTheFirst.Meetings.Single().Date.ShouldBe(new DateOnly(2017, 6, 1));
        onTheFirst.Meetings.Single().Present.ShouldBe(["v1", "v2", "v3", "v4"]);
    }

    [Fact]
    public async Task a_held_meeting_is_not_moved_after_today()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-08", "v1", "v2", "v3", "v4");

        var refused = await ledger.Host.Refuses($"/api/meetings/{meeting.Id}/date-correction",
            new { date = DaysAhead(10), reason = "Misdated", version = meeting.Version, source = BoardScenario.Minutes });

        refused.Detail.ShouldStartWith("Attendance or resolutions are recorded for this meeting, so it was held");
    }
}
