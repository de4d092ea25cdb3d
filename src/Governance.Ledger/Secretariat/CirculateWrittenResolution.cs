using Governance.Domain.Boards;
using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Circulates a written resolution to the body's voting members, to be answered by a closing date.</summary>
public sealed record CirculateWrittenResolution(string Text, DateOnly ClosesOn, DateOnly On, long Version, RecordedFrom Source)
    : IBodyListChange;

public static class CirculateWrittenResolutionEndpoint
{
    public static string WrittenResolutionsOf(string id) => WrittenResolutions.StreamKey(id);

    public static ProblemDetails Validate(CirculateWrittenResolution command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Text), command.Text, "Give the text of the resolution as circulated.");
        problems.RequireDate(nameof(command.ClosesOn), command.ClosesOn, "Give the closing date, as YYYY-MM-DD.");
        problems.CheckListChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, CirculateWrittenResolution command,
        IEventStream<WrittenResolutions> circulated, IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, circulated, command, session, context, cancellation);

    /// <returns>The written resolution's id (WR-1, WR-2, ...), and the list's version.</returns>
    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/written-resolutions", OperationId = "CirculateWrittenResolution")]
    public static IResult Post(CirculateWrittenResolution command,
        [Written(nameof(WrittenResolutionsOf))] IEventStream<WrittenResolutions> circulated, GoverningBody body, HttpContext context) =>
        circulated.Record(WrittenResolutions.Circulate(circulated.Aggregate, body,
                $"WR-{(circulated.Aggregate?.Resolutions.Count ?? 0) + 1}", command.Text, command.ClosesOn, command.On,
                command.Source.ToProvenance(context)), context,
            (e, version) => new RecordedResponse(e.ResolutionId, version));
}
