using Governance.Domain.SharedDecisions;
using Governance.Ledger.Boards;
using Governance.Ledger.Footprints;

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

/// <summary>Records that a partner adopted an arrangement after its first signatories, on the date its board did.</summary>
public sealed record AdoptArrangementLater(string Organisation, DateOnly AdoptedOn, long Version, RecordedFrom Source);

public static class AdoptArrangementEndpoint
{
    public static ProblemDetails Validate(AdoptArrangement command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Description), command.Description, "Describe the arrangement as its papers do.");
        if (command.AdoptedBy is not { Count: > 0 }) problems.Add(nameof(command.AdoptedBy), "Name the partners that adopted it.");
        problems.RequireDate(nameof(command.AdoptedOn), command.AdoptedOn, "Give the date it was adopted, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    /// <returns>The arrangement's id, which later changes to it name, and the version of the footprint's arrangements.</returns>
    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements", OperationId = "AdoptArrangement")]
    public static async Task<IResult> Post(string id, AdoptArrangement command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        if (await FootprintWrites.RefusalAsync(session, context, id, command.AdoptedOn, cancellation) is { } refused)
            return refused;
        var bodyId = string.IsNullOrWhiteSpace(command.BodyId) ? null : command.BodyId.Trim();
        if (bodyId is not null && (await session.LoadAsync<BodyListing>(bodyId, cancellation))?.FootprintId != id)
            return RequestProblems.Rejected($"{id} has no body {bodyId} in the ledger; constitute it first.");

        var partners = await ProposeSharedDecisionEndpoint.PartnersOnAsync(session, id, new AsAtQuery(command.AdoptedOn, null),
            cancellation);
        var adopted = new ArrangementAdopted(id, command.ArrangementId, command.Kind, command.Description.Trim(), command.Rule,
            command.AdoptedBy.Select(p => p.Trim()).Distinct().ToList(), command.DelegatedDecisions?.Select(d => d.Trim()).ToList() ?? [],
            bodyId, EffectiveDate.OnDay(command.AdoptedOn), command.Source.ToProvenance(context));
        return await Record.OnListAsync<FootprintArrangements, ArrangementAdopted>(session, FootprintArrangements.StreamKey(id),
            command.Version, current => ArrangementRules.Adopt(current, adopted, partners), cancellation,
            (e, version) => new RecordedResponse(e.ArrangementId, version));
    }
}

public static class AdoptArrangementLaterEndpoint
{
    public static ProblemDetails Validate(AdoptArrangementLater command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Organisation), command.Organisation, "Name the partner organisation (its code).");
        problems.CheckChange(nameof(command.AdoptedOn), command.AdoptedOn, command.Version, command.Source);
    });

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/adoptions", OperationId = "AdoptArrangementLater")]
    public static async Task<IResult> Post(string id, string arrangementId, AdoptArrangementLater command,
        IDocumentSession session, HttpContext context, CancellationToken cancellation)
    {
        var partners = await ProposeSharedDecisionEndpoint.PartnersOnAsync(session, id, new AsAtQuery(command.AdoptedOn, null),
            cancellation);
        var adoption = new PartnerAdoptedArrangement(arrangementId, command.Organisation.Trim(),
            EffectiveDate.OnDay(command.AdoptedOn), command.Source.ToProvenance(context));
        return await ArrangementWrites.RecordAsync(session, context, id, command.AdoptedOn, command.Version,
            current => ArrangementRules.AdoptLater(current, id, adoption, partners), cancellation);
    }
}
