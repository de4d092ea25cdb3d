using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>What every change to a plan states: the date it happened, the plan's version read, and its source.</summary>
public interface IPlanChange
{
    DateOnly On { get; }

    long Version { get; }

    RecordedFrom Source { get; }
}

public static class PlanChange
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

    /// <summary>A plan is written by its footprint's secretaries.</summary>
    public static IResult Admit(IEventStream<Plan> plan, IPlanChange change, HttpContext context) =>
        Writes.Admit(plan, change.Version, context, PlanProblems.Unknown, p => new WriteScope(p.FootprintId));
}
