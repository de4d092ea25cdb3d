using System.Diagnostics;
using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Audit;

/// <summary>The second implementation of verification, ops/verify-export.py: Python's standard library and the openssl
/// command line, written from docs/audit.md alone. Its verdict on an export is compared with ours.</summary>
public static class IndependentVerifier
{
    public static readonly string Script = Path.Combine(Repository.Root, "ops", "verify-export.py");

    /// <summary>Runs it on an export with the auditor's copy of the key and the checkpoint they kept; returns what it
    /// printed.</summary>
    public static string Run(string export, AChainedLedger ledger, params Checkpoint[] kept)
    {
        var key = Path.Combine(ledger.DataDirectory, "independent-copy-of-the-key.pem");
        File.WriteAllText(key, ledger.Host.Services.GetRequiredService<CheckpointKey>().PublicKeyPem);
        var start = new ProcessStartInfo("python3", [Script, export, "--public-key", key,
            .. ledger.Keep(kept).SelectMany(file => new[] { "--checkpoint", file })])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(output.StartsWith("INTACT", StringComparison.Ordinal) ? 0 : 1, output);
        return output;
    }
}

/// <summary>The top of the repository, found from the test's own folder.</summary>
public static class Repository
{
    public static readonly string Root = Find(AppContext.BaseDirectory);

    private static string Find(string from) =>
        File.Exists(Path.Combine(from, "Governance.sln"))
            ? from
            : Find(Path.GetDirectoryName(from.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new DirectoryNotFoundException("Governance.sln"));
}
