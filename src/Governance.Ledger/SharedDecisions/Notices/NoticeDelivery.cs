using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Governance.Ledger.SharedDecisions.Notices;

/// <summary>One notice to one subscriber: a message of its own, so each subscriber is retried on its own.</summary>
public sealed record DeliverNotice(string SubscriptionId, SharedDecisionConcluded Notice);

public static class SharedDecisionConcludedHandler
{
    /// <summary>Fans a notice out to the subscriptions for its footprint. The document session makes this a Marten
    /// transaction, so the deliveries are stored in the outbox before the notice counts as handled.</summary>
    public static async Task<OutgoingMessages> Handle(SharedDecisionConcluded notice, IDocumentSession session,
        CancellationToken cancellation)
    {
        var subscriptions = await session.Query<WebhookSubscription>()
            .Where(s => s.FootprintId == null || s.FootprintId == notice.FootprintId).ToListAsync(cancellation);
        var deliveries = new OutgoingMessages();
        deliveries.AddRange(subscriptions.Select(s => new DeliverNotice(s.Id, notice)));
        return deliveries;
    }
}

/// <summary>
/// Posts a notice to a subscriber's address. A refusal or an unreachable address is retried, then kept as a dead
/// letter; every attempt carries the notice's id as its Idempotency-Key, so the receiver acts on it once.
/// </summary>
public static class DeliverNoticeHandler
{
    public const string HttpClientName = "webhooks";
    public const string SignatureHeader = "X-Ledger-Signature";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Configure(HandlerChain chain) => chain
        .OnException<HttpRequestException>().Or<TaskCanceledException>()
        .RetryWithCooldown(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5))
        .Then.ScheduleRetry(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1));

    public static async Task Handle(DeliverNotice delivery, IQuerySession session, IHttpClientFactory clients,
        IDataProtectionProvider protection, CancellationToken cancellation)
    {
        // Unsubscribed since the notice was sent: nobody to tell.
        if (await session.LoadAsync<WebhookSubscription>(delivery.SubscriptionId, cancellation) is not { } subscription)
            return;

        var body = JsonSerializer.SerializeToUtf8Bytes(delivery.Notice, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Idempotency-Key", delivery.Notice.NoticeId);
        if (subscription.Secret is { Length: > 0 } secret)
            request.Headers.Add(SignatureHeader, Sign(body, protection.SecretProtector().Unprotect(secret)));

        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellation);
        response.EnsureSuccessStatusCode();
    }

    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), body));
}
