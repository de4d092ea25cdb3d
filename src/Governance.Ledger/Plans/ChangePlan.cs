using Governance.Ledger.Boards;
using Governance.Domain.Plans;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Plans;

/// <summary>What every change to a plan states: the date it happened, the plan's version read, and its source.</summary>
public interface IPlanChange
{
    DateOnly On { get; }

    long Version { get; }

    RecordedFrom Source { get; }
}

/// <summary>Records a plan milestone: draft submitted, final submitted, published or refreshed.</summary>
public sealed record ReachPlanMilestone(PlanMilestone Milestone, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

/// <summary>Records that a later plan superseded this one; it takes no amendments from that date.</summary>
public sealed record SupersedePlan(string SupersededBy, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

/// <summary>Proposes changes to sections, each drafted against the section's revision the drafter read.</summary>
public sealed record ProposeAmendment(IReadOnlyList<SectionChange> Changes, string Reason, DateOnly On, long Version,
    RecordedFrom Source) : IPlanChange;

/// <summary>Redrafts a pending amendment against the sections' current revisions, so that it overwrites no change unseen.</summary>
public sealed record RebaseAmendment(IReadOnlyList<SectionChange> Changes, string Reason, DateOnly On, long Version,
    RecordedFrom Source) : IPlanChange;

/// <summary>Records the approval of an amendment by a resolution that passed and stands, and the date it takes effect.</summary>
public sealed record ApproveAmendment(ApprovingDecision ApprovedBy, DateOnly EffectiveFrom, DateOnly On, long Version,
    RecordedFrom Source) : IPlanChange;

/// <summary>Records that an amendment was rejected, and why.</summary>
public sealed record RejectAmendment(string Reason, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

/// <summary>Records that an amendment was withdrawn, and why.</summary>
public sealed record WithdrawAmendment(string Reason, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

/// <summary>The answer to a proposed amendment: the id it goes by from now on.</summary>
public sealed record AmendmentRecorded(string PlanId, string AmendmentId, long Version);

public static class PlanChanges
{
    public static ProblemDetails Check(IPlanChange change, Action<RequestProblems>? more = null) =>
        RequestProblems.Check(problems =>
        {
            problems.CheckChange(nameof(change.On), change.On, change.Version, change.Source);
            more?.Invoke(problems);
        });

    public static void CheckChanges(this RequestProblems problems, IReadOnlyList<SectionChange>? changes)
    {
        if (changes is not { Count: > 0 }) problems.Add("changes", "List the sections the amendment changes.");
    }

    public static Task<IResult> RecordAsync<TEvent>(IDocumentSession session, string id, IPlanChange change,
        HttpContext context, Func<Plan, EffectiveDate, Provenance, Decision<TEvent>> decide, CancellationToken cancellation,
        Func<TEvent, object>? respond = null) where TEvent : class, ILedgerEvent =>
        Record.OnStreamAsync<Plan, TEvent>(session, id, change.Version, PlanProblems.Unknown,
            plan => WriteAccess.Check(context, plan.FootprintId),
            plan => decide(plan, EffectiveDate.OnDay(change.On), change.Source.ToProvenance(context)),
            cancellation, respond);
}

public static class ReachPlanMilestoneEndpoint
{
    public static ProblemDetails Validate(ReachPlanMilestone command) => PlanChanges.Check(command);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/milestones", OperationId = "ReachPlanMilestone")]
    public static Task<IResult> Post(string id, ReachPlanMilestone command, IDocumentSession session, HttpContext context,
        CancellationToken cancellation) =>
        PlanChanges.RecordAsync(session, id, command, context,
            (plan, on, provenance) => PlanRules.ReachMilestone(plan, command.Milestone, on, provenance), cancellation);
}

public static class SupersedePlanEndpoint
{
    public static ProblemDetails Validate(SupersedePlan command) => PlanChanges.Check(command, problems =>
        problems.Require(nameof(command.SupersededBy), command.SupersededBy, "Name the plan that superseded it."));

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/supersession", OperationId = "SupersedePlan")]
    public static Task<IResult> Post(string id, SupersedePlan command, IDocumentSession session, HttpContext context,
        CancellationToken cancellation) =>
        PlanChanges.RecordAsync(session, id, command, context,
            (plan, on, provenance) => PlanRules.Supersede(plan, command.SupersededBy, on, provenance), cancellation);
}

public static class ProposeAmendmentEndpoint
{
    public static ProblemDetails Validate(ProposeAmendment command) => PlanChanges.Check(command, problems =>
    {
        problems.CheckChanges(command.Changes);
        problems.Require(nameof(command.Reason), command.Reason, "Say why the plan should change.");
    });

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments", OperationId = "ProposeAmendment")]
    public static Task<IResult> Post(string id, ProposeAmendment command, IDocumentSession session, HttpContext context,
        CancellationToken cancellation) =>
        PlanChanges.RecordAsync(session, id, command, context,
            (plan, on, provenance) => PlanRules.Propose(plan, $"A{plan.Amendments.Count + 1}", command.Changes,
                command.Reason, on, provenance),
            cancellation, proposed => new AmendmentRecorded(id, proposed.AmendmentId, command.Version + 1));
}

public static class RebaseAmendmentEndpoint
{
    public static ProblemDetails Validate(RebaseAmendment command) => PlanChanges.Check(command, problems =>
    {
        problems.CheckChanges(command.Changes);
        problems.Require(nameof(command.Reason), command.Reason, "Say what the rebase takes into account.");
    });

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/rebase", OperationId = "RebaseAmendment")]
    public static Task<IResult> Post(string id, string amendmentId, RebaseAmendment command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        PlanChanges.RecordAsync(session, id, command, context,
            (plan, on, provenance) => PlanRules.Rebase(plan, amendmentId, command.Changes, command.Reason, on, provenance),
            cancellation);
}

public static class ApproveAmendmentEndpoint
{
    public static ProblemDetails Validate(ApproveAmendment command) => PlanChanges.Check(command, problems =>
    {
        problems.RequireDate(nameof(command.EffectiveFrom), command.EffectiveFrom,
            "Give the date the change takes effect in the plan, as YYYY-MM-DD.");
        if (command.ApprovedBy is null || string.IsNullOrWhiteSpace(command.ApprovedBy.BodyId)
                                       || string.IsNullOrWhiteSpace(command.ApprovedBy.Resolution))
            problems.Add(nameof(command.ApprovedBy), "Name the resolution that approved it: its body id and number.");
    });

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/approval", OperationId = "ApproveAmendment")]
    public static async Task<IResult> Post(string id, string amendmentId, ApproveAmendment command,
        IDocumentSession session, HttpContext context, CancellationToken cancellation)
    {
        var footprint = (await session.LoadAsync<PlanListing>(id, cancellation))?.FootprintId;
        var whyNot = await CitedResolutions.WhyNotStandingAsync(session, command.ApprovedBy, footprint, context.User, cancellation);
        return await PlanChanges.RecordAsync(session, id, command, context,
            (plan, on, provenance) => PlanRules.Approve(plan, amendmentId, command.ApprovedBy, whyNot,
                command.EffectiveFrom, on, provenance),
            cancellation);
    }
}

public static class RejectAmendmentEndpoint
{
    public static ProblemDetails Validate(RejectAmendment command) => PlanChanges.Check(command, problems =>
        problems.Require(nameof(command.Reason), command.Reason, "Say why it was rejected."));

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/rejection", OperationId = "RejectAmendment")]
    public static Task<IResult> Post(string id, string amendmentId, RejectAmendment command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        PlanChanges.RecordAsync(session, id, command, context,
            (plan, on, provenance) => PlanRules.Reject(plan, amendmentId, command.Reason, on, provenance), cancellation);
}

public static class WithdrawAmendmentEndpoint
{
    public static ProblemDetails Validate(WithdrawAmendment command) => PlanChanges.Check(command, problems =>
        problems.Require(nameof(command.Reason), command.Reason, "Say why it was withdrawn."));

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/withdrawal", OperationId = "WithdrawAmendment")]
    public static Task<IResult> Post(string id, string amendmentId, WithdrawAmendment command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        PlanChanges.RecordAsync(session, id, command, context,
            (plan, on, provenance) => PlanRules.Withdraw(plan, amendmentId, command.Reason, on, provenance), cancellation);
}
