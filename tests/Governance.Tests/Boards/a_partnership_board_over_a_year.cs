using Alba;
using Governance.Domain.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Boards;

/// <summary>
/// The secretary's year: six voting seats and a quorum of four; an inquorate meeting that cannot decide; a quorate one
/// that passes a resolution with a member recused; a later one that rescinds it.
/// </summary>
[Collection(LedgerCollection.Name)]
public class a_partnership_board_over_a_year(LedgerApp ledger) : IAsyncLifetime
{
    private readonly BoardScenario _board = new(ledger.Host);
    private string _bodyId = "";
    private MeetingRef _inquorate = null!;
    private MeetingRef _quorate = null!;
    private MeetingRef _rescinding = null!;
    private string _refusal = "";

    public async Task InitializeAsync()
    {
        _bodyId = await _board.ConstituteAsync(quorum: 4);

        _inquorate = await _board.MeetingAsync(_bodyId, "2017-10-24", "v1", "v2", "v3", "nhse");
        _refusal = (await ledger.Host.Refuses($"/api/meetings/{_inquorate.Id}/resolutions",
            BoardScenario.Resolution(_inquorate, "2017/1", "Passed", @for: ["v1", "v2", "v3"]))).Detail!;

        _quorate = await _board.MeetingAsync(_bodyId, "2017-11-30", "v1", "v2", "v3", "v4", "v5");
        _quorate = await _board.DeclareAsync(_quorate, "v2", "Estates strategy");
        _quorate = await _board.ResolveAsync(_quorate, BoardScenario.Resolution(_quorate, "2017/2", "Passed",
            @for: ["v1", "v3", "v4", "v5"], recused: ["v2"]));

        _rescinding = await _board.MeetingAsync(_bodyId, "2018-01-25", "v1", "v2", "v3", "v4", "v6");
        _rescinding = await _board.ResolveAsync(_rescinding, BoardScenario.Resolution(_rescinding, "2018/1", "Passed",
            @for: ["v1", "v3", "v4", "v6"], against: ["v2"], item: "Estates strategy review",
            rescinds: new { meetingId = _quorate.Id, number = "2017/2" }));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void the_inquorate_meeting_is_refused_its_resolution_with_the_count_that_made_it_inquorate()
    {
        _refusal.ShouldBe("An inquorate meeting decides nothing. Inquorate: 3 of 6 voting seats present; " +
                          "the quorum is 4. It can note or defer the item.");
    }

    [Fact]
    public async Task the_inquorate_meeting_records_no_resolution()
    {
        var record = await _board.BodyAsAt(_bodyId, "2017-10-31");

        var meeting = record.Meetings.ShouldHaveSingleItem();
        meeting.Quoracy!.Quorate.ShouldBeFalse();
        meeting.Resolutions.ShouldBeEmpty();
    }

    [Fact]
    public async Task before_the_rescission_the_resolution_stands_with_the_recused_member_named()
    {
        var record = await _board.BodyAsAt(_bodyId, "2017-12-31");

        var resolution = record.Meetings.SelectMany(m => m.Resolutions).ShouldHaveSingleItem();
        (resolution.Number, resolution.Outcome, resolution.RescindedBy).ShouldBe(("2017/2", ResolutionOutcome.Passed, null));
        resolution.Recused.ShouldBe(["v2"]);
    }

    [Fact]
    public async Task after_the_rescission_both_resolutions_show_with_the_link_between_them()
    {
        var record = await _board.BodyAsAt(_bodyId, "2018-02-01");

        var resolutions = record.Meetings.SelectMany(m => m.Resolutions).ToDictionary(r => r.Number);
        resolutions["2017/2"].RescindedBy.ShouldBe(new ResolutionRef(_rescinding.Id, "2018/1"));
        resolutions["2018/1"].Rescinds.ShouldBe(new ResolutionRef(_quorate.Id, "2017/2"));
    }

    [Fact]
    public async Task the_body_record_after_the_rescission_matches_its_approved_snapshot()
    {
        var result = await ledger.Host.Scenario(s => s.Get.Url($"/api/bodies/{_bodyId}?asOf=2018-02-01"));
        var json = (await result.ReadAsTextAsync())
            .Replace(_bodyId, "{body}")
            .Replace(_inquorate.Id, "{meeting-2017-10-24}")
            .Replace(_quorate.Id, "{meeting-2017-11-30}")
            .Replace(_rescinding.Id, "{meeting-2018-01-25}");

        await VerifyJson(json);
    }
}
