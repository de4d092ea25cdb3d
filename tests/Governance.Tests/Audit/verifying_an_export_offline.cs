using System.Text;
using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Governance.Verifier;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Audit;

public class verifying_an_export_offline(AChainedLedger ledger) : IClassFixture<AChainedLedger>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"governance-export-{Guid.NewGuid():N}");

    private Task<ExportManifest> Export(string? footprint = null) =>
        ledger.Host.Services.GetRequiredService<LedgerExport>().WriteAsync(_folder, footprint, CancellationToken.None);

    private (int ExitCode, string Output) RunVerifier(params string[] options)
    {
        var output = new StringWriter();
        return (OfflineVerification.Run([_folder, .. options], output), output.ToString());
    }

    [Fact]
    public async Task a_fresh_export_of_the_whole_ledger_verifies_with_only_the_export_and_the_public_key()
    {
        var manifest = await Export();
        var key = Path.Combine(Path.GetTempPath(), $"auditors-copy-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(key, ledger.Host.Services.GetRequiredService<CheckpointKey>().PublicKeyPem);

        var (exitCode, output) = RunVerifier("--public-key", key);

        exitCode.ShouldBe(0, output);
        output.ShouldContain($"INTACT: {manifest.Events} events (ledger)");
        File.Delete(key);
    }

    [Fact]
    public async Task one_footprints_export_verifies_against_the_whole_chain()
    {
        var manifest = await Export(footprint: "QHM");

        var (exitCode, output) = RunVerifier();

        exitCode.ShouldBe(0, output);
        IndependentVerifier.Run(_folder, ledger).ShouldStartWith("INTACT");
        manifest.Scope.ShouldBe("footprint:QHM");
        manifest.Events.ShouldBe(File.ReadAllLines(Path.Combine(_folder, ExportFormat.Events)).Length);
    }

    [Fact]
    public async Task an_export_altered_by_one_byte_fails()
    {
        await Export();
        var events = Path.Combine(_folder, ExportFormat.Events);
        var bytes = await File.ReadAllBytesAsync(events);
        var at = Encoding.UTF8.GetString(bytes).IndexOf("Devon", StringComparison.Ordinal);
        bytes[at] = (byte)'d';
        await File.WriteAllBytesAsync(events, bytes);

        var (exitCode, output) = RunVerifier();

        exitCode.ShouldBe(1, output);
        output.ShouldContain("TAMPERED: Changed at sequence");
    }

    [Fact]
    public async Task an_export_checked_with_another_key_fails()
    {
        await Export();
        using var otherKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        await File.WriteAllTextAsync(Path.Combine(_folder, ExportFormat.PublicKey), otherKey.ExportSubjectPublicKeyInfoPem());

        var (exitCode, output) = RunVerifier();

        exitCode.ShouldBe(1, output);
        output.ShouldContain("BadSignature");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
