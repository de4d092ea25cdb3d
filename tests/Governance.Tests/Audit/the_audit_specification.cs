using System.Diagnostics;
using System.Text;
using Governance.Domain.Audit;
using Governance.Verifier;

namespace Governance.Tests.Audit;

/// <summary>
/// The worked example of docs/audit.md (docs/audit-test-vector/): its event hashes, links, seals and signed message
/// follow from the rules as the ledger implements them, and both verifiers, ours and the independent one written from
/// the document, accept it whole and name the same problem in a copy altered by one character.
/// </summary>
public class the_audit_specification : IDisposable
{
    private static readonly string Vector = Path.Combine(Repository.Root, "docs", "audit-test-vector");
    private static readonly byte[] VectorSealKey = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private readonly string _copy = Path.Combine(Path.GetTempPath(), $"audit-vector-{Guid.NewGuid():N}");

    private static List<RecordedEventFields> Rows => ExportFormat.ReadLines<RecordedEventFields>(Path.Combine(Vector, ExportFormat.Events)).ToList();

    private static List<ChainLink> Links => ExportFormat.ReadLines<ChainLink>(Path.Combine(Vector, ExportFormat.Chain)).ToList();

    [Fact]
    public void each_event_hash_link_and_seal_follows_from_the_rules()
    {
        var chain = HashChain.Genesis;
        foreach (var link in Links)
        {
            var row = Rows.SingleOrDefault(r => r.Sequence == link.Sequence);
            if (link.Kind == LinkKind.Burned)
            {
                (row is null || row.IsBurnedPlaceholder).ShouldBeTrue();
            }
            else
            {
                var eventHash = HashChain.EventHash(row!);
                HashChain.Hex(eventHash).ShouldBe(link.EventHash);
                HashChain.Hex(HashChain.Seal(VectorSealKey, row!.Sequence, eventHash)).ShouldBe(row.Seal);
            }

            chain = HashChain.Next(chain, link.Sequence, link.Kind, link.EventHash is null ? null : HashChain.FromHex(link.EventHash));
            HashChain.Hex(chain).ShouldBe(link.ChainHash);
        }
    }

    [Fact]
    public void the_signed_message_is_the_five_lines_the_document_gives()
    {
        var checkpoint = ExportFormat.Read<Checkpoint>(Path.Combine(Vector, ExportFormat.Checkpoint));

        var message = Encoding.UTF8.GetString(
            Checkpoint.SignedBytes(checkpoint.Sequence, checkpoint.ChainHash, checkpoint.SignedAt, checkpoint.KeyId));

        message.ShouldBe(File.ReadAllText(Path.Combine(Vector, "message.txt")));
    }

    [Fact]
    public void both_verifiers_accept_the_example_whole()
    {
        Ours(Vector).ShouldStartWith("INTACT");
        Independent(Vector).ShouldStartWith("INTACT");
    }

    [Fact]
    public void both_verifiers_name_one_altered_character_at_its_sequence()
    {
        Directory.CreateDirectory(_copy);
        foreach (var file in Directory.GetFiles(Vector)) File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        var events = Path.Combine(_copy, ExportFormat.Events);
        File.WriteAllText(events, File.ReadAllText(events).Replace("Bassetlaw", "Bassetlaw."));

        Ours(_copy).ShouldStartWith("TAMPERED: Changed at sequence 1:");
        Independent(_copy).ShouldStartWith("TAMPERED: Changed at sequence 1:");
    }

    private static string Ours(string folder)
    {
        var output = new StringWriter();
        OfflineVerification.Run([folder, "--public-key", Path.Combine(Vector, ExportFormat.PublicKey)], output);
        return output.ToString();
    }

    private static string Independent(string folder)
    {
        using var process = Process.Start(new ProcessStartInfo("python3",
            [IndependentVerifier.Script, folder, "--public-key", Path.Combine(Vector, ExportFormat.PublicKey)])
        {
            RedirectStandardOutput = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    public void Dispose()
    {
        if (Directory.Exists(_copy)) Directory.Delete(_copy, recursive: true);
    }
}
