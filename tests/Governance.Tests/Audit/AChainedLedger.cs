using Alba;
using Governance.Ledger.Audit;
using Governance.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.Tests.Audit;

/// <summary>A ledger of its own (so it can be tampered with) holding the reference history, chained to the end.</summary>
public sealed class AChainedLedger : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public AuditTrail Audit => Host.Services.GetRequiredService<AuditTrail>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.NewDatabaseAsync();
        Host = await LedgerApp.StartAsync(ConnectionString);
        await ChainedAsync();
    }

    /// <summary>Waits until the chain has caught up with the log (it follows behind the write path).</summary>
    public async Task<ChainStatus> ChainedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = await Audit.StatusAsync(CancellationToken.None);
            if (status.LastRecorded > 0 && status.Unchained == 0) return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The chain did not catch up: {status}");
            await Task.Delay(100);
        }
    }

    /// <summary>Changes the database behind the ledger's back, as someone with write access to it could.</summary>
    public async Task TamperAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
