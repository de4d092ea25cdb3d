using Alba;
using Governance.Ledger.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Boards;

/// <summary>
/// Sets up boards and meetings through the API as a secretary would. Every body it constitutes is new, so tests that
/// share a ledger do not see each other's records.
/// </summary>
public sealed class BoardScenario(IAlbaHost host)
{
    public static readonly object Minutes = new { reference = "Partnership board minutes", checksum = "sha256:9a1c" };

    /// <summary>Six voting seats (v1 to v6) and one that attends without a vote (nhse).</summary>
    public static readonly object[] Seats =
    [
        .. Enumerable.Range(1, 6).Select(n => new { id = $"v{n}", title = $"Voting member {n}", organisation = $"ORG{n}", votes = true }),
        new { id = "nhse", title = "NHS England regional team", organisation = "NHSE", votes = false },
    ];

    /// <param name="organisation">For a partner organisation's own board: the partner's code.</param>
    public async Task<string> ConstituteAsync(int quorum = 4, string voting = "SimpleMajority", string on = "2017-04-01",
        string footprint = "QF7", string? organisation = null)
    {
        var created = await host.Records($"/api/footprints/{footprint}/bodies", new
        {
            name = organisation is null ? "Partnership Board" : $"Board of {organisation}",
            kind = organisation is null ? "PartnershipBoard" : "PartnerOrganisationBoard", terms = new { quorum, voting },
            seats = Seats, constitutedOn = on, source = Minutes, organisation,
        });
        return created.Id;
    }

    public async Task<MeetingRef> MeetingAsync(string bodyId, string date, params string[] present)
    {
        var scheduled = await host.Records($"/api/bodies/{bodyId}/meetings", new { date, @public = true, source = Minutes });
        var meeting = new MeetingRef(scheduled.Id, 1);
        if (present.Length == 0) return meeting;

        var attended = await host.Records($"/api/meetings/{meeting.Id}/attendance",
            new { present, apologies = Array.Empty<string>(), version = meeting.Version, source = Minutes });
        return meeting with { Version = attended.Version };
    }

    public async Task<MeetingRef> DeclareAsync(MeetingRef meeting, string seatId, string item)
    {
        var declared = await host.Records($"/api/meetings/{meeting.Id}/interests",
            new { seatId, item, nature = "Non-executive director of a bidder", version = meeting.Version, source = Minutes });
        return meeting with { Version = declared.Version };
    }

    public static object Resolution(MeetingRef meeting, string number, string outcome, string[]? @for = null,
        string[]? against = null, string[]? recused = null, string item = "Estates strategy", object? rescinds = null) => new
    {
        number, item, text = $"Resolution {number} on {item}", reasons = "As set out in the paper",
        votes = new { @for = @for ?? [], against = against ?? [], abstained = Array.Empty<string>() },
        recused = recused ?? [], outcome, rescinds, version = meeting.Version, source = Minutes,
    };

    public async Task<MeetingRef> ResolveAsync(MeetingRef meeting, object resolution)
    {
        var recorded = await host.Records($"/api/meetings/{meeting.Id}/resolutions", resolution);
        return meeting with { Version = recorded.Version };
    }

    public async Task<BodyRecordView> BodyAsAt(string bodyId, string date) =>
        (await host.GetAsJson<BodyRecordView>($"/api/bodies/{bodyId}?asOf={date}"))!;
}

public sealed record MeetingRef(string Id, long Version);
