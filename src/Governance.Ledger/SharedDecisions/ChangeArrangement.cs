using Governance.Domain.SharedDecisions;
using Governance.Ledger.Footprints;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records an arrangement's new terms from a date: its description, the rule it sets for shared decisions
/// and, for a joint committee, the matters delegated to it.</summary>
public sealed record ReviseArrangement(string Description, RatificationRule Rule, IReadOnlyList<string>? DelegatedDecisions,
    DateOnly RevisedOn, long Version, RecordedFrom Source);

/// <summary>Records that an arrangement was dissolved (it is in force until the day before).</summary>
public sealed record DissolveArrangement(DateOnly DissolvedOn, long Version, RecordedFrom Source);

/// <summary>Records the appointment of an arrangement's chair or lead, independent or from a partner; they replace
/// whoever held that role before.</summary>
public sealed record AppointChair(string Name, ChairRole Role, bool Independent, DateOnly AppointedOn, long Version,
    RecordedFrom Source);

public static class ReviseArrangementEndpoint
{
    public static ProblemDetails Validate(ReviseArrangement command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Description), command.Description, "Describe the arrangement as revised.");
        problems.CheckChange(nameof(command.RevisedOn), command.RevisedOn, command.Version, command.Source);
    });

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/revisions", OperationId = "ReviseArrangement")]
    public static Task<IResult> Post(string id, string arrangementId, ReviseArrangement command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        ArrangementWrites.RecordAsync(session, context, id, command.RevisedOn, command.Version, current =>
            ArrangementRules.Revise(current, new ArrangementRevised(arrangementId, command.Description.Trim(), command.Rule,
                command.DelegatedDecisions?.Select(d => d.Trim()).ToList() ?? [], EffectiveDate.OnDay(command.RevisedOn),
                command.Source.ToProvenance(context))), cancellation);
}

public static class DissolveArrangementEndpoint
{
    public static ProblemDetails Validate(DissolveArrangement command) => RequestProblems.Check(problems =>
        problems.CheckChange(nameof(command.DissolvedOn), command.DissolvedOn, command.Version, command.Source));

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/dissolution", OperationId = "DissolveArrangement")]
    public static Task<IResult> Post(string id, string arrangementId, DissolveArrangement command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        ArrangementWrites.RecordAsync(session, context, id, command.DissolvedOn, command.Version, current =>
            ArrangementRules.Dissolve(current, new ArrangementDissolved(arrangementId, EffectiveDate.OnDay(command.DissolvedOn),
                command.Source.ToProvenance(context))), cancellation);
}

public static class AppointChairEndpoint
{
    public static ProblemDetails Validate(AppointChair command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Name), command.Name, "Name the chair or lead appointed.");
        problems.CheckChange(nameof(command.AppointedOn), command.AppointedOn, command.Version, command.Source);
    });

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/chairs", OperationId = "AppointChair")]
    public static Task<IResult> Post(string id, string arrangementId, AppointChair command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        ArrangementWrites.RecordAsync(session, context, id, command.AppointedOn, command.Version, current =>
            ArrangementRules.Appoint(current, new ChairAppointed(arrangementId, command.Name.Trim(), command.Role,
                command.Independent, EffectiveDate.OnDay(command.AppointedOn), command.Source.ToProvenance(context))),
            cancellation);
}

/// <summary>A versioned change to a footprint's arrangements by its secretary, on a day the footprint was open.</summary>
public static class ArrangementWrites
{
    public static async Task<IResult> RecordAsync<TEvent>(IDocumentSession session, HttpContext context, string footprintId,
        DateOnly on, long version, Func<FootprintArrangements?, Decision<TEvent>> decide, CancellationToken cancellation)
        where TEvent : class, IArrangementEvent
    {
        if (await FootprintWrites.RefusalAsync(session, context, footprintId, on, cancellation) is { } refused) return refused;
        return await Record.OnListAsync<FootprintArrangements, TEvent>(session, FootprintArrangements.StreamKey(footprintId),
            version, decide, cancellation);
    }
}
