using Alba;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Support;

/// <summary>The whole ledger (web app, Marten, Wolverine) on a database of its own, with the reference history
/// imported on start as in production.</summary>
public class LedgerApp : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.NewDatabaseAsync();
        Host = await StartAsync(ConnectionString);
    }

    /// <summary>Starts the ledger on a database, signing tokens with a key of the test run's own, keeping its own keys
    /// in <paramref name="dataDirectory"/> when one is given, and telling the time by <paramref name="clock"/> when one
    /// is given.</summary>
    public static Task<IAlbaHost> StartAsync(string connectionString, TimeProvider? clock = null, string? dataDirectory = null)
    {
        JasperFxEnvironment.AutoStartHost = true;
        return AlbaHost.For<Program>(builder => builder
            .UseSetting("ConnectionStrings:Governance", connectionString)
            .UseSetting("Governance:Auth:SigningKey", Tokens.SigningKey)
            .UseSetting("Governance:DataDirectory", dataDirectory ?? DefaultDataDirectory)
            // The webhook tests' receivers listen on loopback over plain http.
            .UseSetting("Governance:Webhooks:AllowLoopback", "true")
            .ConfigureTestServices(services =>
            {
                if (clock is not null) services.AddSingleton(clock);
            }));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Where test ledgers keep their generated keys unless given a folder of their own.</summary>
    private static readonly string DefaultDataDirectory =
        Path.Combine(Path.GetTempPath(), $"governance-tests-{Environment.ProcessId}");
}

[CollectionDefinition(Name)]
public sealed class LedgerCollection : ICollectionFixture<LedgerApp>
{
    /// <summary>Tests that share one ledger holding the reference history; they must not change what others read.</summary>
    public const string Name = "ledger with reference history";
}
