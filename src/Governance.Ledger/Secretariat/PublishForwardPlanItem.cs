using Governance.Domain.Boards;
using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Publishes an item the body expects to decide: what, by when, whether in private and why, and the
/// consultation that comes first.</summary>
public sealed record PublishForwardPlanItem(string What, DateOnly DecideBy, bool Private, string? PrivateReason,
    string? Consultation, DateOnly On, long Version, RecordedFrom Source) : IBodyListChange;

public static class PublishForwardPlanItemEndpoint
{
    public static string ForwardPlanOf(string id) => ForwardPlan.StreamKey(id);

    public static ProblemDetails Validate(PublishForwardPlanItem command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.What), command.What, "Say what the body expects to decide.");
        problems.RequireDate(nameof(command.DecideBy), command.DecideBy, "Give the date it is due for decision, as YYYY-MM-DD.");
        problems.CheckListChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, PublishForwardPlanItem command,
        IEventStream<ForwardPlan> plan, IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, plan, command, session, context, cancellation);

    /// <returns>The item's id (FP-1, FP-2, ...), and the forward plan's version.</returns>
    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/forward-plan", OperationId = "PublishForwardPlanItem")]
    public static IResult Post(PublishForwardPlanItem command, [Written(nameof(ForwardPlanOf))] IEventStream<ForwardPlan> plan,
        GoverningBody body, HttpContext context) =>
        plan.Record(ForwardPlan.Publish(plan.Aggregate, body.Id, $"FP-{(plan.Aggregate?.Items.Count ?? 0) + 1}", command.What,
                command.DecideBy, command.Private, command.PrivateReason, command.Consultation, command.On,
                command.Source.ToProvenance(context)), context,
            (e, version) => new RecordedResponse(e.ItemId, version));
}
