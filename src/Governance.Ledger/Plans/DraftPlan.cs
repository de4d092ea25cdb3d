using Governance.Domain.Plans;
using Governance.Ledger.Footprints;

namespace Governance.Ledger.Plans;

/// <summary>Records a footprint's plan as first drafted: its title and sections (priorities and finance).</summary>
public sealed record DraftPlan(string Title, IReadOnlyList<PlanSection> Sections, DateOnly DraftedOn, RecordedFrom Source);

public static class DraftPlanEndpoint
{
    public static ProblemDetails Validate(DraftPlan command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Title), command.Title, "Give the plan's title.");
        problems.RequireDate(nameof(command.DraftedOn), command.DraftedOn, "Give the date it was drafted, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
        if (command.Sections is not { Count: > 0 })
            problems.Add(nameof(command.Sections), "A plan has at least one section: a key, a heading and its text.");
        else if (command.Sections.Any(s => string.IsNullOrWhiteSpace(s.Key) || string.IsNullOrWhiteSpace(s.Heading) || s.Text is null))
            problems.Add(nameof(command.Sections), "Every section needs a key, a heading and a text.");
        else if (command.Sections.GroupBy(s => s.Key).Any(g => g.Count() > 1))
            problems.Add(nameof(command.Sections), "Section keys are used once in a plan.");
        else if (command.Sections.Any(s => s.Figures?.Any(f => string.IsNullOrWhiteSpace(f.Label) || string.IsNullOrWhiteSpace(f.Year)) == true))
            problems.Add(nameof(command.Sections), "Every figure needs a label and a year.");
    });

    public static Task<IResult> BeforeAsync(string footprintId, DraftPlan command, IQuerySession session,
        HttpContext context, CancellationToken cancellation) =>
        OpenFootprint.AdmitAsync(session, context, footprintId, command.DraftedOn, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{footprintId}/plans", OperationId = "DraftPlan")]
    public static IResult Post(string footprintId, DraftPlan command, IDocumentSession session, HttpContext context) =>
        Writes.Start<Plan, PlanDrafted>(session, "/api/plans", Decision<PlanDrafted>.Accept(new PlanDrafted(footprintId,
            command.Title.Trim(), command.Sections.Select(s => s with { Figures = s.Figures ?? [] }).ToList(),
            Illustrative: false, EffectiveDate.OnDay(command.DraftedOn), command.Source.ToProvenance(context))), context);
}
