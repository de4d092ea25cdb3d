using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.DataProtection;

namespace Governance.Ledger.SharedDecisions.Notices;

public static class WebhookNoticesSetup
{
    public const string SecretPurpose = "webhook-signing-secrets";

    /// <summary>Where notices may go, how they get there, and how their signing secrets are kept: encrypted with ASP.NET
    /// Core Data Protection, whose keys live in the data directory (<c>keys/data-protection</c>), never in the database.
    /// Every node of one ledger must share that folder.</summary>
    public static void AddWebhookNotices(this WebApplicationBuilder builder, string dataDirectory)
    {
        builder.Services.AddSingleton<WebhookTargets>();
        builder.Services.AddDataProtection()
            .SetApplicationName("stp-governance-ledger")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys", "data-protection")));
        builder.Services.AddHttpClient(DeliverNoticeHandler.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                // A redirect would carry the body, the signature and the key to an address never checked.
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = (context, cancellation) =>
                    ConnectToCheckedAddressAsync(services.GetRequiredService<WebhookTargets>(), context, cancellation),
            });
    }

    /// <summary>Resolves the name at the moment of delivery and connects only to an address the policy allows.</summary>
    private static async ValueTask<Stream> ConnectToCheckedAddressAsync(WebhookTargets targets,
        SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = (await Dns.GetHostAddressesAsync(host, cancellation)).Where(targets.MayConnect).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"{host} resolves to no public internet address; the notice was not sent there.");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellation);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static IDataProtector SecretProtector(this IDataProtectionProvider provider) => provider.CreateProtector(SecretPurpose);
}
