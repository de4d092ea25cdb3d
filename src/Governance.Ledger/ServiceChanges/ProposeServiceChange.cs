using Governance.Domain.ServiceChanges;
using Governance.Ledger.Footprints;
using Governance.Ledger.Plans;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records a proposed change to the services people receive: its options, whether it is a substantial
/// variation, whether it closes beds, and the plan sections that carry it.</summary>
public sealed record ProposeServiceChange(string Title, string Description, IReadOnlyList<string> Options,
    bool SubstantialVariation, bool ClosesBeds, string? PlanId, IReadOnlyList<string>? Sections, DateOnly ProposedOn,
    RecordedFrom Source);

public static class ProposeServiceChangeEndpoint
{
    public static ProblemDetails Validate(ProposeServiceChange command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Title), command.Title, "Give the proposal's title.");
        problems.Require(nameof(command.Description), command.Description, "Say what would change for the people served.");
        problems.RequireDate(nameof(command.ProposedOn), command.ProposedOn, "Give the date it was proposed, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
        if (command.Options is not { Count: > 0 } || command.Options.Any(string.IsNullOrWhiteSpace))
            problems.Add(nameof(command.Options), "List the options put forward: one for a fixed solution, several for a choice.");
    });

    public static Task<IResult> BeforeAsync(string footprintId, ProposeServiceChange command, IQuerySession session,
        HttpContext context, CancellationToken cancellation) =>
        OpenFootprint.AdmitAsync(session, context, footprintId, command.ProposedOn, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{footprintId}/service-changes", OperationId = "ProposeServiceChange")]
    public static async Task<IResult> Post(string footprintId, ProposeServiceChange command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        var planId = string.IsNullOrWhiteSpace(command.PlanId) ? null : command.PlanId.Trim();
        var sections = command.Sections ?? [];
        var plan = planId is null ? null : await FootprintPlans.FindAsync(session, planId, footprintId, cancellation);
        if (planId is not null && plan is null) return FootprintPlans.NotOf(footprintId, planId);
        if (sections.Count > 0 && plan is null)
            return RequestProblems.Rejected("Name the plan whose sections carry the change.");
        if (sections.FirstOrDefault(s => plan!.Sections.All(held => held.Key != s)) is { } unknown)
            return RequestProblems.Rejected($"Plan {planId} has no section '{unknown}'.");

        return Writes.Start<ServiceChangeProposal, ServiceChangeProposed>(session, "/api/service-changes", ServiceChangeRules.Propose(
            footprintId, command.Title, command.Description, command.Options, command.SubstantialVariation, command.ClosesBeds,
            planId, sections, EffectiveDate.OnDay(command.ProposedOn), command.Source.ToProvenance(context)), context);
    }
}
