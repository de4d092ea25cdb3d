using Governance.Domain.SharedDecisions;
using Governance.Ledger.Boards;
using Governance.Ledger.Footprints.Partners;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records a partner's decision on a shared decision, through a resolution of its own board.</summary>
public sealed record RespondToSharedDecision(string Organisation, ApprovingDecision Resolution, DateOnly On, RecordedFrom Source);

/// <summary>
/// Ratifications arrive from different boards at once and none may be lost, so a partner's response carries no
/// version: the decision's stream is locked while a response is decided against it as it stands (Wolverine's
/// exclusive load), and the next response waits for it and is decided against what it recorded. So exactly one
/// response concludes the decision. What the rule needs besides is read in the same session, on the connection that
/// holds the lock, so that waiting responses cannot take every connection from the one holding it.
/// </summary>
public static class RespondToSharedDecisionEndpoints
{
    public static ProblemDetails Validate(RespondToSharedDecision command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Organisation), command.Organisation, "Name the partner organisation (its code).");
        if (command.Resolution is null || string.IsNullOrWhiteSpace(command.Resolution.BodyId)
                                      || string.IsNullOrWhiteSpace(command.Resolution.Resolution))
            problems.Add(nameof(command.Resolution), "Name the partner board's resolution: its body id and number.");
        problems.RequireDate(nameof(command.On), command.On, "Give the date of the partner's decision, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    public static IResult Before(IEventStream<SharedDecision> decision, HttpContext context) =>
        SharedDecisionChange.Admit(decision, versionRead: null, context);

    [WolverinePost("/api/shared-decisions/{id}/ratifications", OperationId = "RatifySharedDecision")]
    public static Task<IResult> Ratify(RespondToSharedDecision command,
        [Written(LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive)] IEventStream<SharedDecision> decision,
        IDocumentSession session, IMessageBus bus, HttpContext context, CancellationToken cancellation) =>
        RespondAsync(command, ratified: true, decision, session, bus, context, cancellation);

    [WolverinePost("/api/shared-decisions/{id}/declines", OperationId = "DeclineSharedDecision")]
    public static Task<IResult> Decline(RespondToSharedDecision command,
        [Written(LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive)] IEventStream<SharedDecision> decision,
        IDocumentSession session, IMessageBus bus, HttpContext context, CancellationToken cancellation) =>
        RespondAsync(command, ratified: false, decision, session, bus, context, cancellation);

    private static async Task<IResult> RespondAsync(RespondToSharedDecision command, bool ratified,
        IEventStream<SharedDecision> decision, IDocumentSession session, IMessageBus bus, HttpContext context,
        CancellationToken cancellation)
    {
        var footprint = decision.Aggregate!.FootprintId;
        var standing = await CitedResolutions.StandingAsync(session, command.Resolution,
            new Citing(footprint, command.On, decision.Aggregate!.ProposedOn, command.Organisation.Trim()), context.User, cancellation);
        var partners = await PartnersOnDate.ReadAsync(session, footprint, command.On, cancellation);
        return await decision.RecordAsync(SharedDecisionRules.Respond(decision.Aggregate!, command.Organisation.Trim(),
            ratified, command.Resolution, standing, EffectiveDate.OnDay(command.On), partners,
            command.Source.ToProvenance(context)), bus, context.Today());
    }
}
