using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Records a member's answer to a written resolution: for, against, or abstaining.</summary>
public sealed record AnswerWrittenResolution(string SeatId, WrittenVote? Vote, DateOnly On, long Version, RecordedFrom Source)
    : IBodyListChange;

public static class AnswerWrittenResolutionEndpoint
{
    public static string WrittenResolutionsOf(string id) => WrittenResolutions.StreamKey(id);

    public static ProblemDetails Validate(AnswerWrittenResolution command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.SeatId), command.SeatId, "Say whose answer it is (their seat id).");
        problems.Require(nameof(command.Vote), command.Vote, "Give the answer: For, Against or Abstain.");
        problems.CheckListChange(command);
    });

    public static async Task<IResult> LoadAsync(string id, AnswerWrittenResolution command,
        IEventStream<WrittenResolutions> circulated, IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        (await BodyLists.AdmitAsync(id, circulated, command, session, context, cancellation)).Item1;

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/written-resolutions/{resolution}/answers", OperationId = "AnswerWrittenResolution")]
    public static IResult Post(string resolution, AnswerWrittenResolution command,
        [Written(nameof(WrittenResolutionsOf))] IEventStream<WrittenResolutions> circulated, HttpContext context) =>
        circulated.Aggregate is { } list
            ? circulated.Record(list.Answer(resolution, command.SeatId.Trim(), command.Vote!.Value, command.On,
                command.Source.ToProvenance(context)), context)
            : RequestProblems.Rejected($"No written resolution {resolution} was circulated.");
}
