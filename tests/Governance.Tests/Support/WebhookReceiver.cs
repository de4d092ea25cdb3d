using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Ledger.SharedDecisions.Notices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Governance.Tests.Support;

/// <summary>What a subscriber received: the notice, and the headers that came with it.</summary>
public sealed record ReceivedNotice(SharedDecisionConcluded Notice, string? IdempotencyKey, string? Signature, byte[] Body);

/// <summary>
/// A subscriber's web server, listening on a loopback port of its own, that keeps every notice posted to it. It can
/// be told to refuse the first few deliveries, as a subscriber that is down would, or to redirect every one.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedNotice> _accepted = new();
    private readonly ConcurrentQueue<string?> _refused = new();
    private readonly string? _redirectTo;
    private int _refusalsLeft;

    private WebhookReceiver(WebApplication app, int refuseFirst, string? redirectTo)
    {
        _app = app;
        _refusalsLeft = refuseFirst;
        _redirectTo = redirectTo;
        app.MapPost("/notices", ReceiveAsync);
    }

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedNotice> Accepted => _accepted.ToList();

    /// <summary>The Idempotency-Key of each delivery refused (or redirected).</summary>
    public IReadOnlyList<string?> Refused => _refused.ToList();

    /// <param name="redirectTo">Answers every delivery with a 307 to this address instead of accepting it.</param>
    public static async Task<WebhookReceiver> StartAsync(int refuseFirst = 0, string? redirectTo = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build(), refuseFirst, redirectTo);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = $"{address}/notices";
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> notices have been accepted.</summary>
    public async Task<IReadOnlyList<ReceivedNotice>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_accepted.Count < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{_accepted.Count} of {count} notices arrived within a minute.");
            await Task.Delay(50);
        }

        return Accepted;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        string? Header(string name) => request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

        if (_redirectTo is not null)
        {
            _refused.Enqueue(Header("Idempotency-Key"));
            return Results.Redirect(_redirectTo, permanent: false, preserveMethod: true);
        }

        if (Interlocked.Decrement(ref _refusalsLeft) >= 0)
        {
            _refused.Enqueue(Header("Idempotency-Key"));
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var bytes = body.ToArray();
        _accepted.Enqueue(new ReceivedNotice(JsonSerializer.Deserialize<SharedDecisionConcluded>(bytes, Json)!,
            Header("Idempotency-Key"), Header(DeliverNoticeHandler.SignatureHeader), bytes));
        return Results.Ok();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
