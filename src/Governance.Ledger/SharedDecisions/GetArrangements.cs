using Governance.Domain.SharedDecisions;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.SharedDecisions;

/// <summary>An arrangement as it stood on a date: the terms then in force, its parties and chairs by then.</summary>
public sealed record ArrangementView(string Id, ArrangementKind Kind, string Description, RatificationRule Rule,
    IReadOnlyList<string> DelegatedDecisions, string? BodyId, DateOnly From, DateOnly? Until, DateOnly TermsFrom,
    IReadOnlyList<ArrangementParty> Parties, IReadOnlyList<ArrangementChair> Chairs)
{
    public static ArrangementView On(Arrangement a, DateOnly date)
    {
        var terms = a.TermsOn(date);
        return new ArrangementView(a.Id, a.Kind, terms.Description, terms.Rule, terms.DelegatedDecisions, a.BodyId, a.From,
            a.Until, terms.From, a.PartiesOn(date), a.ChairsOn(date));
    }
}

/// <param name="Version">The version of the footprint's arrangements, to send with a change.</param>
public sealed record ArrangementsView(string FootprintId, DateOnly AsOf, RatificationRule Rule,
    IReadOnlyList<ArrangementView> InForce, long Version) : IVersionedView;

public static class GetArrangements
{
    /// <summary>A footprint's governance arrangements in force on a date, with their terms, parties and chairs then,
    /// and the ratification rule they set for shared decisions.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{id}/arrangements", OperationId = "GetArrangements")]
    public static async Task<ArrangementsView> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var query = record.Clocks;
        var key = FootprintArrangements.StreamKey(id);
        var (arrangements, version) = await record.AsAtWithVersionAsync(SharedDecisionsRegistration.Arrangements, key, cancellation);
        return new ArrangementsView(id, query.AsOf, arrangements?.RuleOn(query.AsOf) ?? RatificationRule.EveryRequiredPartner,
            (arrangements?.InForceOn(query.AsOf) ?? []).Select(a => ArrangementView.On(a, query.AsOf)).ToList(),
            version);
    }
}
