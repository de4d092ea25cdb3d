using Governance.Domain.Plans;
using Governance.Ledger.Dashboard.Components;
using Governance.Ledger.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

public static class PlanChangesPage
{
    public static ProblemDetails Validate(string? from, string? to) => AsAtQuery.Check(from, null) is { Status: not null } bad
        ? bad
        : AsAtQuery.Check(to, null);

    /// <summary>Which plans changed in a period (from 1 March 2016 and to today unless given): each amendment that came
    /// into force in it, and how many changes each section (the plans' themes) had.</summary>
    [AllowAnonymous]
    [WolverineGet("/plan-changes", OperationId = "PlanChangesPage")]
    public static async Task<IResult> Get(string? from, string? to, RecordReader record, TimeProvider clock, CancellationToken cancellation)
    {
        var start = from is null ? NationalPicture.Start : AsAtQuery.Parse(from, null, clock).AsOf;
        var end = AsAtQuery.Parse(to, null, clock).AsOf;
        var changes = new List<PlanChange>();
        foreach (var listing in await record.Listings<PlanListing>().ToListAsync(cancellation))
        {
            var plan = (await PlanReader.LoadAsync(record, listing.Id, cancellation))!;
            foreach (var version in PlanVersions.Of(plan).Where(v => v.MadeBy is not null && v.InForceFrom >= start && v.InForceFrom <= end))
            foreach (var section in version.MadeBy!.Sections.Distinct())
                changes.Add(new(listing, version.MadeBy, version.Sections.FirstOrDefault(s => s.Key == section)?.Heading ?? section));
        }

        return Pages.Render<PlanChangesView>(new()
        {
            ["From"] = start, ["To"] = end,
            ["Changes"] = changes.OrderBy(c => c.Amendment.Approval!.EffectiveFrom).ThenBy(c => c.Plan.Id, StringComparer.Ordinal).ToList(),
        });
    }
}

/// <summary>One section of a plan changed by an amendment that came into force.</summary>
public sealed record PlanChange(PlanListing Plan, Amendment Amendment, string Heading);
