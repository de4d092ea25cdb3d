using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Governance.Ledger.Infrastructure.Security;

/// <summary>
/// Once the server has started, reads the addresses it actually bound, whatever configuration put them there (Urls,
/// Kestrel endpoints, HTTP_PORTS, ...), and stops the ledger, exit code 1, if any is beyond loopback while it signs
/// tokens with the key it generated for itself.
/// </summary>
public sealed class BoundAddressGuard(IServer server, IHostApplicationLifetime lifetime, ILogger<BoundAddressGuard> logger,
    bool authenticationConfigured) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        try
        {
            ListenAddressGuard.Check(string.Join(';', bound), authenticationConfigured);
        }
        catch (InvalidOperationException refused)
        {
            logger.LogCritical("{Refusal}", refused.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
