using Governance.Domain.Engagement;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.Footprints;
using Governance.Ledger.Plans;

namespace Governance.Ledger.Engagement;

/// <summary>Records an engagement activity (a public meeting, survey, workshop, citizens' panel, staff engagement or
/// patient group): when, with whom, how many took part, the materials used, and what was heard; and the plan or
/// proposed service change it concerned, if one.</summary>
public sealed record RecordEngagement(EngagementKind? Kind, string Title, string With, int? Participants,
    IReadOnlyList<SourceDocument>? Materials, string Heard, string? PlanId, string? ProposalId, DateOnly HeldOn,
    RecordedFrom Source);

public static class RecordEngagementEndpoint
{
    public static ProblemDetails Validate(RecordEngagement command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Kind), command.Kind, "Name the kind: " + string.Join(", ", Enum.GetNames<EngagementKind>()) + ".");
        problems.Require(nameof(command.Title), command.Title, "Give the activity's title.");
        problems.Require(nameof(command.With), command.With, "Say whom it engaged (residents of a town, a patient group, staff).");
        problems.Require(nameof(command.Heard), command.Heard, "Say what was heard.");
        problems.RequireDate(nameof(command.HeldOn), command.HeldOn, "Give the date it was held, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
        if (command.Materials?.Any(m => string.IsNullOrWhiteSpace(m?.Reference)) == true)
            problems.Add(nameof(command.Materials), "Every material needs its reference.");
    });

    public static Task<IResult> BeforeAsync(string footprintId, RecordEngagement command, IQuerySession session,
        HttpContext context, CancellationToken cancellation) =>
        OpenFootprint.AdmitAsync(session, context, footprintId, command.HeldOn, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{footprintId}/engagement", OperationId = "RecordEngagement")]
    public static async Task<IResult> Post(string footprintId, RecordEngagement command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        var planId = string.IsNullOrWhiteSpace(command.PlanId) ? null : command.PlanId.Trim();
        var proposalId = string.IsNullOrWhiteSpace(command.ProposalId) ? null : command.ProposalId.Trim();
        if (planId is not null && await FootprintPlans.FindAsync(session, planId, footprintId, cancellation) is null)
            return FootprintPlans.NotOf(footprintId, planId);
        if (proposalId is not null
            && (await session.Events.AggregateStreamAsync<ServiceChangeProposal>(proposalId, token: cancellation))?.FootprintId != footprintId)
            return RequestProblems.Rejected($"Footprint {footprintId} has no proposed service change {proposalId}.");

        return Writes.Start<EngagementActivity, EngagementHeld>(session, "/api/engagement", EngagementRules.Hold(footprintId,
            command.Kind!.Value, command.Title, command.With, command.Participants, command.Materials ?? [], command.Heard, planId,
            proposalId, EffectiveDate.OnDay(command.HeldOn), command.Source.ToProvenance(context)), context);
    }
}
