using System.Text.Json;
using Governance.Domain.Audit;
using JasperFx.CommandLine;
using Spectre.Console;

namespace Governance.Ledger.Audit;

/// <summary>The ledger's services for a command-line verb, with the database schema in place; the web server, the
/// daemon and the import do not run.</summary>
public static class CommandHost
{
    public static async Task<IHost> ReadyAsync(NetCoreInput input)
    {
        var host = input.BuildHost();
        await host.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return host;
    }
}

public sealed class VerifyInput : NetCoreInput
{
    [Description("Checkpoint files (JSON, as exported or returned by POST /api/audit/checkpoints) to verify against")]
    public string[] CheckpointFlag { get; set; } = [];
}

[Description("Recomputes the hash chain from the whole log and checks it; exits 1 at the first problem", Name = "verify")]
public sealed class VerifyCommand : JasperFxAsyncCommand<VerifyInput>
{
    public override async Task<bool> Execute(VerifyInput input)
    {
        using var host = await CommandHost.ReadyAsync(input);
        var audit = host.Services.GetRequiredService<AuditTrail>();
        var status = await audit.StatusAsync(CancellationToken.None);
        var handedIn = input.CheckpointFlag.Select(ExportFormat.Read<Checkpoint>).ToList();

        var report = await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Verifying the chain", maxValue: Math.Max(status.LastChained, 1));
            return await audit.VerifyAsync(handedIn, sequence => task.Value = sequence, CancellationToken.None);
        });

        AnsiConsole.MarkupLineInterpolated($"{report.Chained} links checked through {report.LastSequence}; {report.Unchained} events not yet chained.");
        if (report.FirstProblem is { } problem)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{problem.Kind} at sequence {problem.Sequence}: {problem.Detail}[/]");
            return false;
        }

        AnsiConsole.MarkupLine("[green]The log is intact.[/]");
        return true;
    }
}

[Description("Verifies the log, signs a checkpoint of the chain's head and prints it (JSON) to keep outside the ledger",
    Name = "checkpoint")]
public sealed class CheckpointCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = await CommandHost.ReadyAsync(input);
        var (checkpoint, refused) = await host.Services.GetRequiredService<AuditTrail>().CheckpointAsync(CancellationToken.None);
        Console.WriteLine(checkpoint is not null ? JsonSerializer.Serialize(checkpoint, ExportFormat.Json)
            : refused is not null ? $"Not signed: {refused.Kind} at sequence {refused.Sequence}: {refused.Detail}"
            : "Nothing is chained yet.");
        return checkpoint is not null;
    }
}

public sealed class ExportInput : NetCoreInput
{
    [Description("Folder to write the export to")]
    public string Out { get; set; } = "";

    [Description("Only this footprint's events (its own, partners, bodies and meetings); the chain is always whole")]
    public string? FootprintFlag { get; set; }
}

[Description("Exports events, the chain, a signed checkpoint and the public key for offline verification", Name = "export")]
public sealed class ExportCommand : JasperFxAsyncCommand<ExportInput>
{
    public override async Task<bool> Execute(ExportInput input)
    {
        using var host = await CommandHost.ReadyAsync(input);
        var manifest = await host.Services.GetRequiredService<LedgerExport>()
            .WriteAsync(input.Out, input.FootprintFlag, CancellationToken.None);
        AnsiConsole.MarkupLineInterpolated(
            $"Exported {manifest.Events} events ({manifest.Scope}) through {manifest.Through} to {input.Out}. Check it with: dotnet run --project src/Governance.Verifier -- {input.Out}");
        if (manifest.LedgerFinding is not { } problem) return true;
        AnsiConsole.MarkupLineInterpolated(
            $"[red]No checkpoint signed for this export: {problem.Kind} at sequence {problem.Sequence}: {problem.Detail}[/]");
        return false;
    }
}

[Description("Rebuilds every stored projection from the events into a fresh schema and compares checksums", Name = "replay")]
public sealed class ReplayCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = await CommandHost.ReadyAsync(input);
        var results = await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Replaying", maxValue: 1);
            var checksums = await host.Services.GetRequiredService<ProjectionReplay>()
                .RunAsync(step => task.Description = step, CancellationToken.None);
            task.Value = 1;
            return checksums;
        });

        foreach (var result in results)
        {
            var verdict = result.Matches ? "[green]matches[/]" : "[red]DIFFERS[/]";
            AnsiConsole.MarkupLine(verdict + Markup.Escape(
                $" {result.Projection} ({result.Documents} documents): live {result.Live[..16]}, replayed {result.Replayed[..16]}"));
        }

        return results.All(r => r.Matches);
    }
}
