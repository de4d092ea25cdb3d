using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Records a member's declared interest in an agenda item; they may not vote on that item.</summary>
public sealed record DeclareInterest(string SeatId, string Item, string Nature, long Version, RecordedFrom Source)
    : IMeetingChange;

public static class DeclareInterestEndpoint
{
    public static ProblemDetails Validate(DeclareInterest command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.SeatId), command.SeatId, "Say whose interest it is (their seat id).");
        problems.Require(nameof(command.Item), command.Item, "Say which agenda item the interest is in.");
        problems.Require(nameof(command.Nature), command.Nature, "Describe the interest as the minutes do.");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(DeclareInterest command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/interests", OperationId = "DeclareInterest")]
    public static IResult Post(DeclareInterest command,
        [Written] IEventStream<Meeting> meeting,
        GoverningBody body, HttpContext context) =>
        meeting.Record(MeetingRules.DeclareInterest(body, meeting.Aggregate!, command.SeatId, command.Item, command.Nature,
            command.Source.ToProvenance(context)), context);
}
