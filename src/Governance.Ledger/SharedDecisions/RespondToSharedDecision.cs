using Governance.Ledger.Boards;
using Governance.Domain.Plans;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.Plans;
using Wolverine;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records a partner's decision on a shared decision, through a resolution of its own board.</summary>
public sealed record RespondToSharedDecision(string Organisation, ApprovingDecision Resolution, DateOnly On, RecordedFrom Source);

/// <summary>
/// Ratifications arrive from different boards at once and none may be lost, so a partner's response carries no
/// version: it is decided against the decision as it stands and, if another response was recorded first, decided again
/// against the new state. The decision's stream version makes sure exactly one response concludes it. Each attempt has
/// a session of its own in the outbox, and a lost attempt's notice is dropped with it.
/// </summary>
public static class RespondToSharedDecisionEndpoints
{
    private const int Attempts = 40;

    public static ProblemDetails Validate(RespondToSharedDecision command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Organisation), command.Organisation, "Name the partner organisation (its code).");
        if (command.Resolution is null || string.IsNullOrWhiteSpace(command.Resolution.BodyId)
                                      || string.IsNullOrWhiteSpace(command.Resolution.Resolution))
            problems.Add(nameof(command.Resolution), "Name the partner board's resolution: its body id and number.");
        problems.RequireDate(nameof(command.On), command.On, "Give the date of the partner's decision, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    [WolverinePost("/api/shared-decisions/{id}/ratifications", OperationId = "RatifySharedDecision")]
    public static Task<IResult> Ratify(string id, RespondToSharedDecision command, OutboxedSessionFactory sessions,
        IMessageBus bus, HttpContext context, CancellationToken cancellation) =>
        RespondAsync(id, command, ratified: true, sessions, bus, context, cancellation);

    [WolverinePost("/api/shared-decisions/{id}/declines", OperationId = "DeclineSharedDecision")]
    public static Task<IResult> Decline(string id, RespondToSharedDecision command, OutboxedSessionFactory sessions,
        IMessageBus bus, HttpContext context, CancellationToken cancellation) =>
        RespondAsync(id, command, ratified: false, sessions, bus, context, cancellation);

    private static async Task<IResult> RespondAsync(string id, RespondToSharedDecision command, bool ratified,
        OutboxedSessionFactory sessions, IMessageBus bus, HttpContext context, CancellationToken cancellation)
    {
        var provenance = command.Source.ToProvenance(context);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession(bus);
            session.LastModifiedBy = provenance.RecordedBy;
            var stream = await session.Events.FetchForWriting<SharedDecision>(id, cancellation);
            if (stream.Aggregate is not { } decision) return SharedDecisionProblems.Unknown(id);
            if (WriteAccess.Check(context, decision.FootprintId) is { } denied) return denied;

            var whyNot = await CitedResolutions.WhyNotStandingAsync(session, command.Resolution, decision.FootprintId,
                context.User, cancellation);
            var partners = await ProposeSharedDecisionEndpoint.PartnersOnAsync(session, decision.FootprintId,
                new AsAtQuery(command.On, null), cancellation);
            var outcome = SharedDecisionRules.Respond(decision, command.Organisation.Trim(), ratified, command.Resolution,
                whyNot, EffectiveDate.OnDay(command.On), partners, provenance);
            if (outcome.Rejection is not null) return RequestProblems.Rejected(outcome.Rejection);

            var version = await stream.RecordAsync(outcome.Events, bus);
            try
            {
                await session.SaveChangesAsync(cancellation);
                return TypedResults.Ok(new RecordedResponse(id, version));
            }
            catch (Exception e) when (ConcurrencyConflictHandler.IsConcurrencyFailure(e) && attempt < Attempts)
            {
                await ((MessageContext)bus).ClearAllAsync();
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellation);
            }
        }
    }
}

public static class SharedDecisionProblems
{
    public static IResult Unknown(string id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No such shared decision",
        detail: $"The ledger has no shared decision '{id}'. GET /api/organisations/{{code}}/awaiting-ratification lists open ones.");
}
