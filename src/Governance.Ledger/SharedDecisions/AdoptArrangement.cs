using Governance.Domain.SharedDecisions;
using Governance.Ledger.Boards;
using Governance.Ledger.Footprints;
using Governance.Ledger.Footprints.Partners;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records a governance arrangement adopted by partners of a footprint: a memorandum of understanding, a joint
/// committee with delegated powers, committees in common, a partnership board; and the ratification rule it sets.</summary>
/// <param name="DelegatedDecisions">For a joint committee: the matters the partners delegated to it.</param>
/// <param name="BodyId">The body in this ledger that meets under it; required for a joint committee.</param>
/// <param name="Version">The version of the footprint's arrangements you read (0 before the first).</param>
public sealed record AdoptArrangement(ArrangementKind Kind, string Description, RatificationRule Rule,
    IReadOnlyList<string> AdoptedBy, IReadOnlyList<string>? DelegatedDecisions, string? BodyId, DateOnly AdoptedOn,
    long Version, RecordedFrom Source)
{
    /// <summary>Readable and stable: the kind and the day, e.g. JointCommittee-2017-05-01.</summary>
    public string ArrangementId => $"{Kind}-{AdoptedOn:yyyy-MM-dd}";
}

public static class AdoptArrangementEndpoint
{
    public static ProblemDetails Validate(AdoptArrangement command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Description), command.Description, "Describe the arrangement as its papers do.");
        if (command.AdoptedBy is not { Count: > 0 }) problems.Add(nameof(command.AdoptedBy), "Name the partners that adopted it.");
        problems.RequireDate(nameof(command.AdoptedOn), command.AdoptedOn, "Give the date it was adopted, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    public static string ArrangementList(string id) => FootprintArrangements.StreamKey(id);

    public static Task<IResult> BeforeAsync(string id, AdoptArrangement command,
        IEventStream<FootprintArrangements> arrangements, IQuerySession session, HttpContext context,
        CancellationToken cancellation) =>
        OpenFootprint.AdmitToListAsync(session, context, id, command.AdoptedOn, arrangements, command.Version, cancellation);

    /// <returns>The arrangement's id, which later changes to it name, and the version of the footprint's arrangements.</returns>
    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements", OperationId = "AdoptArrangement")]
    public static async Task<IResult> Post(string id, AdoptArrangement command,
        [Written(nameof(ArrangementList))]
        IEventStream<FootprintArrangements> arrangements, IQuerySession session, HttpContext context,
        CancellationToken cancellation)
    {
        var bodyId = string.IsNullOrWhiteSpace(command.BodyId) ? null : command.BodyId.Trim();
        if (bodyId is not null && (await session.LoadAsync<BodyListing>(bodyId, cancellation))?.FootprintId != id)
            return RequestProblems.Rejected($"{id} has no body {bodyId} in the ledger; constitute it first.");

        var partners = await PartnersOnDate.ReadAsync(session, id, command.AdoptedOn, cancellation);
        var adopted = new ArrangementAdopted(id, command.ArrangementId, command.Kind, command.Description.Trim(), command.Rule,
            command.AdoptedBy.Select(p => p.Trim()).Distinct().ToList(), command.DelegatedDecisions?.Select(d => d.Trim()).ToList() ?? [],
            bodyId, EffectiveDate.OnDay(command.AdoptedOn), command.Source.ToProvenance(context));
        return arrangements.Record(ArrangementRules.Adopt(arrangements.Aggregate, adopted, partners), context,
            (e, version) => new RecordedResponse(e.ArrangementId, version));
    }
}
