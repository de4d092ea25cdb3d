using Governance.Domain.SharedDecisions;
using Governance.Ledger.Footprints;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records a governance arrangement adopted by partners of a footprint: a memorandum of understanding, a joint
/// committee with delegated powers, committees in common, a partnership board; and the ratification rule it sets.</summary>
/// <param name="Version">The version of the footprint's arrangements you read (0 before the first).</param>
public sealed record AdoptArrangement(ArrangementKind Kind, string Description, RatificationRule Rule,
    IReadOnlyList<string> AdoptedBy, IReadOnlyList<string>? DelegatedDecisions, DateOnly AdoptedOn, long Version,
    RecordedFrom Source);

public static class AdoptArrangementEndpoint
{
    public static ProblemDetails Validate(AdoptArrangement command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Description), command.Description, "Describe the arrangement as its papers do.");
        if (command.AdoptedBy is not { Count: > 0 }) problems.Add(nameof(command.AdoptedBy), "Name the partners that adopted it.");
        problems.RequireDate(nameof(command.AdoptedOn), command.AdoptedOn, "Give the date it was adopted, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements", OperationId = "AdoptArrangement")]
    public static async Task<IResult> Post(string id, AdoptArrangement command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        if (await FootprintWrites.RefusalAsync(session, context, id, command.AdoptedOn, cancellation) is { } refused)
            return refused;

        return await Record.OnListAsync<FootprintArrangements, ArrangementAdopted>(session,
            FootprintArrangements.StreamKey(id), command.Version, _ => Decision<ArrangementAdopted>.Accept(new ArrangementAdopted(
                id, command.Kind, command.Description.Trim(), command.Rule, command.AdoptedBy, command.DelegatedDecisions ?? [],
                EffectiveDate.OnDay(command.AdoptedOn), command.Source.ToProvenance(context))),
            cancellation);
    }
}

public sealed record ArrangementsView(string FootprintId, DateOnly AsOf, RatificationRule Rule,
    IReadOnlyList<ArrangementInForce> InForce, IReadOnlyList<ChairAppointed> Chairs);

public static class GetArrangements
{
    public static ProblemDetails Validate(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    /// <summary>A footprint's governance arrangements in force on a date, the ratification rule they set for shared
    /// decisions, and its chairs appointed by then.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{id}/arrangements", OperationId = "GetArrangements")]
    public static async Task<ArrangementsView> Get(string id, string? asOf, string? knownAt, IQuerySession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var query = AsAtQuery.Parse(asOf, knownAt, clock);
        var key = FootprintArrangements.StreamKey(id);
        var arrangements = await SharedDecisionsEventStore.Arrangements.AsAtAsync(session, key, query, cancellation);
        return new ArrangementsView(id, query.AsOf, arrangements?.RuleOn(query.AsOf) ?? RatificationRule.EveryRequiredPartner,
            arrangements?.InForceOn(query.AsOf) ?? [], arrangements?.Chairs ?? []);
    }
}
