using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Support;
using Governance.Verifier;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.Tests.Audit;

/// <summary>A ledger of its own (so it can be tampered with) holding the reference history, chained to the end, with
/// its keys in a folder of its own so that the command-line verbs can run against it as separate processes.</summary>
public sealed class AChainedLedger : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"governance-audit-{Guid.NewGuid():N}");

    public AuditTrail Audit => Host.Services.GetRequiredService<AuditTrail>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.NewDatabaseAsync();
        Host = await LedgerApp.StartAsync(ConnectionString, dataDirectory: DataDirectory);
        await ChainedAsync();
    }

    /// <summary>Stops the ledger and starts it again on the same database and keys.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await LedgerApp.StartAsync(ConnectionString, dataDirectory: DataDirectory);
    }

    /// <summary>Waits until the chain has caught up with the log (it follows behind the write path).</summary>
    public Task<ChainStatus> ChainedAsync(int seconds = 60) => Chain.CaughtUpAsync(Audit, seconds);

    public async Task<Checkpoint> CheckpointAsync()
    {
        var (signed, refused) = await Audit.CheckpointAsync(CancellationToken.None);
        return signed ?? throw new InvalidOperationException($"No checkpoint signed: {refused}");
    }

    /// <summary>Changes the database behind the ledger's back, as someone with write access to it could.</summary>
    public async Task TamperAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return Convert.ToInt64(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync());
    }

    /// <summary>POST /api/audit/verify as an auditor, with the auditor's own checkpoints.</summary>
    public async Task<VerificationReport> VerifyOverHttpAsync(params Checkpoint[] handedIn)
    {
        var auditor = Host.ClientFor(Tokens.For(Host, "Ann Auditor", LedgerRoles.Auditor));
        var response = await auditor.PostAsJsonAsync("/api/audit/verify", new { checkpoints = handedIn }, Tokens.Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<VerificationReport>(Tokens.Json))!;
    }

    /// <summary>Runs a verb of the built ledger as its own process against this ledger's database and keys.</summary>
    public async Task<(int ExitCode, string Output)> RunVerbAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [BuiltLedger.Dll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Governance"] = ConnectionString,
                ["Governance__DataDirectory"] = DataDirectory,
                ["Governance__Auth__SigningKey"] = Tokens.SigningKey,
                ["Governance__ImportReferenceHistory"] = "false",
                ["COLUMNS"] = "400",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Writes checkpoints to files, as an auditor keeps them.</summary>
    public string[] Keep(params Checkpoint[] checkpoints) => checkpoints.Select(checkpoint =>
    {
        var file = Path.Combine(DataDirectory, $"kept-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(checkpoint, ExportFormat.Json));
        return file;
    }).ToArray();

    public Task<ExportManifest> ExportAsync(string folder, string? footprint = null) =>
        Host.Services.GetRequiredService<LedgerExport>().WriteAsync(folder, footprint, CancellationToken.None);

    /// <summary>The offline verifier, given the auditor's own copy of the public key and the checkpoint files.</summary>
    public (int ExitCode, string Output) VerifyOffline(string folder, params string[] checkpointFiles)
    {
        var key = Path.Combine(DataDirectory, "auditors-copy-of-the-key.pem");
        File.WriteAllText(key, Host.Services.GetRequiredService<CheckpointKey>().PublicKeyPem);
        var output = new StringWriter();
        var exitCode = OfflineVerification.Run(
            [folder, "--public-key", key, .. checkpointFiles.SelectMany(file => new[] { "--checkpoint", file })], output);
        return (exitCode, output.ToString());
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
