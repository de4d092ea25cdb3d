using Governance.Domain.Boards;
using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Counts a written resolution once it has closed (or every member has answered), under the body's quorum
/// and voting rule on its closing date.</summary>
public sealed record ConcludeWrittenResolution(DateOnly On, long Version, RecordedFrom Source) : IBodyListChange;

public static class ConcludeWrittenResolutionEndpoint
{
    public static string WrittenResolutionsOf(string id) => WrittenResolutions.StreamKey(id);

    public static ProblemDetails Validate(ConcludeWrittenResolution command) =>
        RequestProblems.Check(problems => problems.CheckListChange(command));

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, ConcludeWrittenResolution command,
        IEventStream<WrittenResolutions> circulated, IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, circulated, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/written-resolutions/{resolution}/conclusion", OperationId = "ConcludeWrittenResolution")]
    public static IResult Post(string resolution, ConcludeWrittenResolution command,
        [Written(nameof(WrittenResolutionsOf))] IEventStream<WrittenResolutions> circulated, GoverningBody body, HttpContext context) =>
        circulated.Aggregate?.Find(resolution) is { } found
            ? circulated.Record(circulated.Aggregate.Conclude(resolution, body.TermsOn(found.ClosesOn), command.On,
                command.Source.ToProvenance(context)), context)
            : RequestProblems.Rejected($"No written resolution {resolution} was circulated.");
}
