using Governance.Domain.SharedDecisions;
using Governance.Ledger.Footprints;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records the appointment of an arrangement's chair or lead, independent or from a partner; they replace
/// whoever held that role before.</summary>
public sealed record AppointChair(string Name, ChairRole Role, bool Independent, DateOnly AppointedOn, long Version,
    RecordedFrom Source);

public static class AppointChairEndpoint
{
    public static ProblemDetails Validate(AppointChair command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Name), command.Name, "Name the chair or lead appointed.");
        problems.CheckChange(nameof(command.AppointedOn), command.AppointedOn, command.Version, command.Source);
    });

    public static string ArrangementList(string id) => FootprintArrangements.StreamKey(id);

    public static Task<IResult> BeforeAsync(string id, AppointChair command,
        IEventStream<FootprintArrangements> arrangements, IQuerySession session, HttpContext context,
        CancellationToken cancellation) =>
        OpenFootprint.AdmitToListAsync(session, context, id, command.AppointedOn, arrangements, command.Version, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/chairs", OperationId = "AppointChair")]
    public static IResult Post(string arrangementId, AppointChair command,
        [Written(nameof(ArrangementList))]
        IEventStream<FootprintArrangements> arrangements, HttpContext context) =>
        arrangements.Record(ArrangementRules.Appoint(arrangements.Aggregate, new ChairAppointed(arrangementId,
            command.Name.Trim(), command.Role, command.Independent, EffectiveDate.OnDay(command.AppointedOn),
            command.Source.ToProvenance(context))), context);
}
