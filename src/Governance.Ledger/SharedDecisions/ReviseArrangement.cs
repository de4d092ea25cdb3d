using Governance.Domain.SharedDecisions;
using Governance.Ledger.Footprints;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records an arrangement's new terms from a date: its description, the rule it sets for shared decisions
/// and, for a joint committee, the matters delegated to it.</summary>
public sealed record ReviseArrangement(string Description, RatificationRule Rule, IReadOnlyList<string>? DelegatedDecisions,
    DateOnly RevisedOn, long Version, RecordedFrom Source);

public static class ReviseArrangementEndpoint
{
    public static ProblemDetails Validate(ReviseArrangement command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Description), command.Description, "Describe the arrangement as revised.");
        problems.CheckChange(nameof(command.RevisedOn), command.RevisedOn, command.Version, command.Source);
    });

    public static string ArrangementList(string id) => FootprintArrangements.StreamKey(id);

    public static Task<IResult> BeforeAsync(string id, ReviseArrangement command,
        IEventStream<FootprintArrangements> arrangements, IQuerySession session, HttpContext context,
        CancellationToken cancellation) =>
        OpenFootprint.AdmitToListAsync(session, context, id, command.RevisedOn, arrangements, command.Version, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/revisions", OperationId = "ReviseArrangement")]
    public static IResult Post(string arrangementId, ReviseArrangement command,
        [Written(nameof(ArrangementList))]
        IEventStream<FootprintArrangements> arrangements, HttpContext context) =>
        arrangements.Record(ArrangementRules.Revise(arrangements.Aggregate, new ArrangementRevised(arrangementId,
            command.Description.Trim(), command.Rule, command.DelegatedDecisions?.Select(d => d.Trim()).ToList() ?? [],
            EffectiveDate.OnDay(command.RevisedOn), command.Source.ToProvenance(context))), context);
}
