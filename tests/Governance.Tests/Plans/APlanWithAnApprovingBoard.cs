using Alba;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Plans;

/// <summary>A plan in QF7 and a board whose resolutions can approve its amendments (proposed on 2017-01-10, approved
/// on 2017-02-01): 2017/1 passed on 2017-01-20, 2017/2 passed then rescinded by 2017/4 on 2017-01-25, 2017/3 rejected.</summary>
public sealed class APlanWithAnApprovingBoard(IAlbaHost host)
{
    public PlanScenario Plans { get; } = new(host);

    public string Plan { get; private set; } = "";

    public string Board { get; private set; } = "";

    public async Task<APlanWithAnApprovingBoard> SetUpAsync()
    {
        var board = new BoardScenario(host);
        Board = await board.ConstituteAsync(on: "2017-01-01");
        var meeting = await board.MeetingAsync(Board, "2017-01-20", "v1", "v2", "v3", "v4", "v5");
        meeting = await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "v2", "v3"]));
        meeting = await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/2", "Passed", @for: ["v1", "v2", "v3"]));
        await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/3", "Rejected", @for: ["v1"], against: ["v2", "v3"]));
        var later = await board.MeetingAsync(Board, "2017-01-25", "v1", "v2", "v3", "v4");
        await board.ResolveAsync(later, BoardScenario.Resolution(later, "2017/4", "Passed", @for: ["v1", "v2", "v3"],
            rescinds: new { meetingId = meeting.Id, number = "2017/2" }));
        Plan = await Plans.DraftAsync();
        return this;
    }

    public Task<Microsoft.AspNetCore.Mvc.ValidationProblemDetails> RefusedApproval(string amendment, string resolution,
        string effectiveFrom, long version) =>
        host.Refuses($"/api/plans/{Plan}/amendments/{amendment}/approval",
            PlanScenario.Approval(Board, resolution, effectiveFrom, version));

    public Task<Ledger.Infrastructure.Http.RecordedResponse> Approve(string amendment, string resolution,
        string effectiveFrom, long version) =>
        host.Records($"/api/plans/{Plan}/amendments/{amendment}/approval",
            PlanScenario.Approval(Board, resolution, effectiveFrom, version));
}
