using Governance.Domain.SharedDecisions;
using Governance.Ledger.Footprints;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records that an arrangement was dissolved (it is in force until the day before).</summary>
public sealed record DissolveArrangement(DateOnly DissolvedOn, long Version, RecordedFrom Source);

public static class DissolveArrangementEndpoint
{
    public static ProblemDetails Validate(DissolveArrangement command) => RequestProblems.Check(problems =>
        problems.CheckChange(nameof(command.DissolvedOn), command.DissolvedOn, command.Version, command.Source));

    public static string ArrangementList(string id) => FootprintArrangements.StreamKey(id);

    public static Task<IResult> BeforeAsync(string id, DissolveArrangement command,
        IEventStream<FootprintArrangements> arrangements, IQuerySession session, HttpContext context,
        CancellationToken cancellation) =>
        OpenFootprint.AdmitToListAsync(session, context, id, command.DissolvedOn, arrangements, command.Version, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/dissolution", OperationId = "DissolveArrangement")]
    public static IResult Post(string arrangementId, DissolveArrangement command,
        [Written(nameof(ArrangementList))]
        IEventStream<FootprintArrangements> arrangements, HttpContext context) =>
        arrangements.Record(ArrangementRules.Dissolve(arrangements.Aggregate, new ArrangementDissolved(arrangementId,
            EffectiveDate.OnDay(command.DissolvedOn), command.Source.ToProvenance(context))), context);
}
