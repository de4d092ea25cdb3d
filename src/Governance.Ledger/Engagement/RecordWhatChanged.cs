using Governance.Domain.Engagement;
using Governance.Ledger.Plans;

namespace Governance.Ledger.Engagement;

/// <summary>"You said, we did": records what changed because of what an engagement heard, and the plan amendments it
/// led to.</summary>
public sealed record RecordWhatChanged(string Said, string Did, string? PlanId, IReadOnlyList<string>? Amendments,
    DateOnly On, long Version, RecordedFrom Source);

public static class RecordWhatChangedEndpoint
{
    public static ProblemDetails Validate(RecordWhatChanged command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Said), command.Said, "Say what people said.");
        problems.Require(nameof(command.Did), command.Did, "Say what was done because of it.");
        problems.CheckChange(nameof(command.On), command.On, command.Version, command.Source);
    });

    public static IResult Before(RecordWhatChanged command, IEventStream<EngagementActivity> activity, HttpContext context) =>
        Writes.Admit(activity, command.Version, context, EngagementProblems.Unknown, a => new WriteScope(a.FootprintId));

    [RecordsOnce]
    [WolverinePost("/api/engagement/{id}/outcomes", OperationId = "RecordWhatChanged")]
    public static async Task<IResult> Post(RecordWhatChanged command, [Written] IEventStream<EngagementActivity> activity,
        IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var planId = string.IsNullOrWhiteSpace(command.PlanId) ? null : command.PlanId.Trim();
        var footprintId = activity.Aggregate!.FootprintId;
        var plan = planId is null ? null : await FootprintPlans.FindAsync(session, planId, footprintId, cancellation);
        if (planId is not null && plan is null) return FootprintPlans.NotOf(footprintId, planId);

        return activity.Record(EngagementRules.ActOn(activity.Aggregate!, command.Said, command.Did, planId,
            command.Amendments ?? [], plan?.Amendments.Select(a => a.Id).ToHashSet() ?? [], EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
    }
}
