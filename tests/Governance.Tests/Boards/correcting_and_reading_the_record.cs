using Alba;
using Governance.Ledger.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Boards;

[Collection(LedgerCollection.Name)]
public class correcting_and_reading_the_record(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    private async Task<(string Body, MeetingRef Meeting)> APassedResolution()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-09-12", "v1", "v2", "v3", "v4", "v5");
        meeting = await _board.DeclareAsync(meeting, "v4", "Estates strategy");
        meeting = await _board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/9", "Passed",
            @for: ["v1", "v2", "v3", "v5"], recused: ["v4"]));
        return (body, meeting);
    }

    [Fact]
    public async Task a_correction_keeps_what_was_recorded_and_shows_what_is_right()
    {
        var (body, meeting) = await APassedResolution();

        await ledger.Host.Records($"/api/meetings/{meeting.Id}/corrections", new
        {
            number = "2017/9", field = "text", correct = "To adopt the estates strategy as amended",
            reason = "The minutes omitted 'as amended'", version = meeting.Version, source = BoardScenario.Minutes,
        });

        var resolution = (await _board.BodyAsAt(body, "2017-12-31")).Meetings.Single().Resolutions.Single();
        resolution.Text.ShouldBe("To adopt the estates strategy as amended");
        resolution.Corrections.ShouldHaveSingleItem().ShouldBe(new CorrectionView("text",
            "Resolution 2017/9 on Estates strategy", "To adopt the estates strategy as amended",
            "The minutes omitted 'as amended'"));
    }

    [Fact]
    public async Task as_known_before_the_correction_was_recorded_the_record_reads_as_first_minuted()
    {
        var (body, meeting) = await APassedResolution();
        var beforeCorrection = DateTimeOffset.UtcNow;
        await ledger.Host.Records($"/api/meetings/{meeting.Id}/corrections", new
        {
            number = "2017/9", field = "text", correct = "Corrected text", reason = "Misminuted",
            version = meeting.Version, source = BoardScenario.Minutes,
        });

        var knownThen = await ledger.Host.GetAsJson<BodyRecordView>(
            $"/api/bodies/{body}?asOf=2017-12-31&knownAt={Uri.EscapeDataString(beforeCorrection.ToString("O"))}");
        var knownNow = await _board.BodyAsAt(body, "2017-12-31");

        knownThen!.Meetings.Single().Resolutions.Single().Text.ShouldBe("Resolution 2017/9 on Estates strategy");
        knownNow.Meetings.Single().Resolutions.Single().Text.ShouldBe("Corrected text");
    }

    [Fact]
    public async Task votes_cannot_be_corrected_because_a_different_decision_is_a_new_resolution()
    {
        var (_, meeting) = await APassedResolution();

        var problem = await ledger.Host.Refuses($"/api/meetings/{meeting.Id}/corrections", new
        {
            number = "2017/9", field = "votes", correct = "none", reason = "Changed our minds",
            version = meeting.Version, source = BoardScenario.Minutes,
        });

        problem.Detail!.ShouldStartWith("'votes' cannot be corrected; only text, reasons, item can.");
    }

    [Fact]
    public async Task a_single_resolution_comes_with_every_event_that_made_it_and_their_provenance()
    {
        var (body, meeting) = await APassedResolution();
        await ledger.Host.Records($"/api/meetings/{meeting.Id}/corrections", new
        {
            number = "2017/9", field = "reasons", correct = "Value for money", reason = "Typo",
            version = meeting.Version, source = new { reference = "Minutes of 2017-10-10, item 2" },
        });

        var record = await ledger.Host.GetAsJson<ResolutionRecordView>($"/api/bodies/{body}/resolutions/2017/9");

        record!.MeetingDate.ShouldBe(new DateOnly(2017, 9, 12));
        record.Provenance.Select(p => (p.Type, p.Source)).ShouldBe([
            ("resolution_recorded", "Partnership board minutes"),
            ("resolution_corrected", "Minutes of 2017-10-10, item 2"),
        ]);
        record.Provenance.ShouldAllBe(p => p.RecordedBy == Tokens.Administrator && p.Effective == "2017-09-12");
    }

    [Fact]
    public async Task the_register_of_interests_lists_each_declaration_with_the_seat_and_meeting()
    {
        var (body, meeting) = await APassedResolution();

        var register = await ledger.Host.GetAsJson<DeclaredInterestView[]>($"/api/bodies/{body}/interests");

        var line = register.ShouldHaveSingleItem();
        (line.MeetingId, line.MeetingDate, line.SeatId, line.SeatTitle, line.Item).ShouldBe(
            (meeting.Id, new DateOnly(2017, 9, 12), "v4", "Voting member 4", "Estates strategy"));
    }

    [Fact]
    public async Task minutes_are_approved_at_a_later_quorate_meeting_of_the_same_body()
    {
        var (body, minuted) = await APassedResolution();
        var earlier = await _board.MeetingAsync(body, "2017-08-01", "v1", "v2", "v3", "v4");
        var later = await _board.MeetingAsync(body, "2017-10-10", "v1", "v2", "v3", "v4");

        var refused = await ledger.Host.Refuses($"/api/meetings/{minuted.Id}/minutes-approval",
            new { approvedAtMeetingId = earlier.Id, version = minuted.Version, source = BoardScenario.Minutes });
        await ledger.Host.Records($"/api/meetings/{minuted.Id}/minutes-approval",
            new { approvedAtMeetingId = later.Id, version = minuted.Version, source = BoardScenario.Minutes });

        refused.Detail.ShouldBe("Minutes of 2017-09-12 are approved at a later meeting, not one on 2017-08-01.");
        (await _board.BodyAsAt(body, "2017-12-31")).Meetings.Single(m => m.Id == minuted.Id).MinutesApprovedAt
            .ShouldBe(later.Id);
    }

    [Fact]
    public async Task a_meeting_of_another_body_is_unknown_to_an_approval_of_minutes()
    {
        var (_, minuted) = await APassedResolution();
        var otherBody = await _board.ConstituteAsync();
        var elsewhere = await _board.MeetingAsync(otherBody, "2017-10-10", "v1", "v2", "v3", "v4");

        var refused = await ledger.Host.Refuses($"/api/meetings/{minuted.Id}/minutes-approval",
            new { approvedAtMeetingId = elsewhere.Id, version = minuted.Version, source = BoardScenario.Minutes },
            status: 404);

        refused.Title.ShouldBe("No such meeting");
        refused.Detail!.ShouldContain(elsewhere.Id);
    }

    [Fact]
    public async Task an_unknown_body_or_meeting_is_a_404()
    {
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/bodies/nosuchbody");
            s.StatusCodeShouldBe(404);
        });
        await ledger.Host.Refuses("/api/meetings/nosuchmeeting/interests", new
        {
            seatId = "v1", item = "x", nature = "y", version = 1, source = BoardScenario.Minutes,
        }, status: 404);
    }
}
