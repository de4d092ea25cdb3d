using Microsoft.AspNetCore.DataProtection;
using Governance.Ledger.Footprints;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.SharedDecisions.Notices;

/// <summary>Asks to be told, by an HTTP POST to <paramref name="Url"/>, of every shared decision that concludes in a
/// footprint, or in every footprint when <paramref name="FootprintId"/> is left out (administrators only).</summary>
/// <param name="Secret">Optional: deliveries then carry an X-Ledger-Signature header, sha256= and the hex HMAC-SHA256
/// of the body under this secret.</param>
public sealed record SubscribeToNotices(string Url, string? FootprintId, string? Secret);

/// <summary>A subscription as its owner sees it; the secret is never shown again.</summary>
public sealed record WebhookSubscriptionView(string Id, Uri Url, string? FootprintId, bool Signed, string SubscribedBy,
    DateTimeOffset SubscribedAt)
{
    public static WebhookSubscriptionView Of(WebhookSubscription s) =>
        new(s.Id, s.Url, s.FootprintId, s.Secret is not null, s.SubscribedBy, s.SubscribedAt);
}

public static class SubscribeToNoticesEndpoint
{
    public static ProblemDetails Validate(SubscribeToNotices command, WebhookTargets targets) => RequestProblems.Check(problems =>
    {
        if (targets.Refusal(command.Url) is { } refused) problems.Add(nameof(command.Url), refused);
        if (command.Secret is { Length: > 0 and < 16 })
            problems.Add(nameof(command.Secret), "A signing secret has at least 16 characters.");
    });

    [WolverinePost("/api/webhook-subscriptions", OperationId = "SubscribeToNotices")]
    public static async Task<IResult> Subscribe(SubscribeToNotices command, IDocumentSession session, HttpContext context,
        TimeProvider clock, IDataProtectionProvider protection, CancellationToken cancellation)
    {
        var footprintId = string.IsNullOrWhiteSpace(command.FootprintId) ? null : command.FootprintId.Trim();
        if (Refusal(context, footprintId) is { } refused) return refused;
        if (footprintId is not null && await FootprintRegistry.FindAsync(session, footprintId, cancellation) is null)
            return FootprintProblems.Unknown(footprintId);

        var subscription = new WebhookSubscription(Writes.NewId(), new Uri(command.Url), footprintId,
            string.IsNullOrEmpty(command.Secret) ? null : protection.SecretProtector().Protect(command.Secret),
            context.User.Identity!.Name!, clock.GetUtcNow());
        session.Insert(subscription);
        return TypedResults.Created($"/api/webhook-subscriptions/{subscription.Id}", WebhookSubscriptionView.Of(subscription));
    }

    private static IResult? Refusal(HttpContext context, string? footprintId) => footprintId is not null
        ? WriteAccess.Check(context, footprintId)
        : WebhookSubscriptionEndpoints.MayManage(context, null)
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only administrators subscribe to every footprint",
                detail: "Name the footprint whose notices you want (footprintId); nothing was recorded.");
}

public static class WebhookSubscriptionEndpoints
{
    /// <summary>The subscriptions the caller may manage: those of their footprints, or all for an administrator.</summary>
    [WolverineGet("/api/webhook-subscriptions", OperationId = "ListWebhookSubscriptions")]
    public static async Task<IReadOnlyList<WebhookSubscriptionView>> List(RecordReader record, HttpContext context,
        CancellationToken cancellation)
    {
        var all = await record.Listings<WebhookSubscription>().OrderBy(s => s.SubscribedAt).ToListAsync(cancellation);
        return all.Where(s => MayManage(context, s.FootprintId)).Select(WebhookSubscriptionView.Of).ToList();
    }

    /// <summary>Stops notices to a subscription; deliveries still waiting for it are dropped.</summary>
    [WolverineDelete("/api/webhook-subscriptions/{id}", OperationId = "Unsubscribe")]
    public static async Task<IResult> Unsubscribe(string id, IDocumentSession session, HttpContext context,
        CancellationToken cancellation)
    {
        var subscription = await session.LoadAsync<WebhookSubscription>(id, cancellation);
        if (subscription is null || !MayManage(context, subscription.FootprintId))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such subscription",
                detail: $"You have no webhook subscription '{id}'. GET /api/webhook-subscriptions lists yours.");

        session.Delete(subscription);
        return TypedResults.NoContent();
    }

    public static bool MayManage(HttpContext context, string? footprintId) => footprintId is null
        ? context.User.IsInRole(LedgerRoles.Administrator)
        : WriteAccess.Allows(context.User, footprintId);
}
