using Governance.Ledger.Dashboard.Components;
using Governance.Ledger.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

public static class PlanEvolutionPage
{
    /// <summary>How one plan evolved: its versions on a timeline, each with the amendment and approving decision that
    /// made it; its figures by year across the versions as small multiples; and what changed between any two versions
    /// (<c>from</c> and <c>to</c>, version numbers; the first and the last unless given).</summary>
    [AllowAnonymous]
    [WolverineGet("/plans/{id}", OperationId = "PlanEvolutionPage")]
    public static async Task<IResult> Get(string id, int? from, int? to, RecordReader record, CancellationToken cancellation)
    {
        if (await PlanReader.LoadAsync(record, id, cancellation) is not { } plan) return PlanProblems.Unknown(id);
        var versions = Domain.Plans.PlanVersions.Of(plan);
        return Pages.Render<PlanEvolutionView>(new()
        {
            ["Record"] = plan, ["Versions"] = versions,
            ["First"] = Math.Clamp(from ?? 0, 0, versions.Count - 1), ["Last"] = Math.Clamp(to ?? versions.Count - 1, 0, versions.Count - 1),
        });
    }
}
