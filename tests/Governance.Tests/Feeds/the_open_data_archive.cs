using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Alba;
using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Secretariat;
using Governance.Tests.Support;
using Governance.Verifier;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Feeds;

/// <summary>Every public view in one archive, checked against its manifest here and by the offline verifier.</summary>
[Collection(LedgerCollection.Name)]
public class the_open_data_archive(LedgerApp ledger) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("governance-open-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> ArchiveAsync()
    {
        await Chain.CaughtUpAsync(ledger.Host.Services.GetRequiredService<AuditTrail>());
        await ledger.Host.Scenario(s =>
        {
            s.Post.Url("/api/audit/checkpoints");
            s.SignedInAs(Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor));
        });
        var response = await ledger.Host.Server.CreateClient().GetAsync("/api/open-data");
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        var path = Path.Combine(_folder, "open-data.zip");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    private static (int Exit, string Output) Verify(params string[] args)
    {
        var output = new StringWriter();
        return (OfflineVerification.Run(["open-data", .. args], output), output.ToString());
    }

    [Fact]
    public async Task the_archive_holds_each_public_view_as_csv_and_json_matching_its_manifest_and_its_checkpoint_verifies_offline()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.AgendaItemAsync(await scenario.MeetingAsync("2017-07-01"), "1", "Open data test item");
        meeting = await scenario.AgendaItemAsync(meeting, "2", "Confidential contract", isPrivate: true);
        var attended = await ledger.Host.Records($"/api/meetings/{meeting.Id}/attendance",
            new { present = new[] { "v1", "v2", "v3", "v4" }, apologies = Array.Empty<string>(), version = meeting.Version, source = SecretaryScenario.Minutes });
        meeting = await scenario.ResolveAsync(meeting with { Version = attended.Version }, "2017/1", "Open data test item");
        await scenario.ResolveAsync(meeting, "2017/2", "Confidential contract");

        var path = await ArchiveAsync();

        using (var archive = ZipFile.OpenRead(path))
        {
            var manifest = JsonSerializer.Deserialize<OpenDataManifest>(archive.GetEntry(OpenDataManifest.FileName)!.Open(), ExportFormat.Json)!;
            manifest.Files.Select(f => f.Name).ShouldBe([
                "footprints.csv", "footprints.json", "resolutions.csv", "resolutions.json", "plans.csv", "plans.json",
                "ratings.csv", "ratings.json", "national-direction.csv", "national-direction.json",
                "capital-funding-reported.csv", "capital-funding-reported.json", "consultations.csv", "consultations.json",
                OpenDataManifest.PublicKey,
            ], ignoreOrder: true);
            foreach (var file in manifest.Files)
            {
                using var bytes = new MemoryStream();
                await archive.GetEntry(file.Name)!.Open().CopyToAsync(bytes);
                Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray())).ShouldBe(file.Sha256, file.Name);
            }

            var resolutions = await new StreamReader(archive.GetEntry("resolutions.csv")!.Open()).ReadToEndAsync();
            resolutions.ShouldContain("Open data test item");
            resolutions.ShouldNotContain("Confidential contract", Case.Sensitive, "a private item is not public data");
            var footprints = (await new StreamReader(archive.GetEntry("footprints.csv")!.Open()).ReadToEndAsync())
                .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            footprints[0].ShouldBe("id,code,name,region,stage,wave,lead");
            footprints.Length.ShouldBe(43, "42 integrated care boards and the header");
        }

        var (exit, output) = Verify(path);
        (exit, output).ShouldSatisfyAllConditions(() => exit.ShouldBe(0, output), () => output.ShouldStartWith("INTACT: 15 files"));
    }

    [Fact]
    public async Task a_file_changed_in_the_archive_or_a_checkpoint_checked_with_another_key_is_found_by_the_offline_verifier()
    {
        var path = await ArchiveAsync();
        var changed = Path.Combine(_folder, "changed.zip");
        File.Copy(path, changed);
        using (var archive = ZipFile.Open(changed, ZipArchiveMode.Update))
        {
            var entry = archive.GetEntry("footprints.csv")!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = await reader.ReadToEndAsync();
            entry.Delete();
            await using var writer = new StreamWriter(archive.CreateEntry("footprints.csv").Open());
            await writer.WriteAsync(text.Replace("IntegratedCareBoard", "IntegratedCareSystem"));
        }

        Verify(changed).ShouldBe((1, "TAMPERED: footprints.csv does not match its checksum in the manifest.\n"));

        // Changing the manifest to match the changed file leaves the manifest's signature behind.
        using (var archive = ZipFile.Open(changed, ZipArchiveMode.Update))
        {
            using var bytes = new MemoryStream();
            await archive.GetEntry("footprints.csv")!.Open().CopyToAsync(bytes);
            var manifestEntry = archive.GetEntry(OpenDataManifest.FileName)!;
            OpenDataManifest manifest;
            await using (var read = manifestEntry.Open()) manifest = JsonSerializer.Deserialize<OpenDataManifest>(read, ExportFormat.Json)!;
            manifestEntry.Delete();
            var forged = manifest with
            {
                Files = manifest.Files.Select(f => f.Name == "footprints.csv"
                    ? f with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray())), Bytes = bytes.Length }
                    : f).ToList(),
            };
            await using var write = archive.CreateEntry(OpenDataManifest.FileName).Open();
            await JsonSerializer.SerializeAsync(write, forged, ExportFormat.Json);
        }

        Verify(changed).ShouldBe((1, "TAMPERED: The manifest is not signed by this key.\n"));

        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherKey = Path.Combine(_folder, "other.pem");
        await File.WriteAllTextAsync(otherKey, other.ExportSubjectPublicKeyInfoPem());
        var (exit, output) = Verify(path, "--public-key", otherKey);
        exit.ShouldBe(1);
        output.ShouldContain("is not signed by this key");
    }
}
