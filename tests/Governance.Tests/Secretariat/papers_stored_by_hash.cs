using System.Net;
using System.Security.Cryptography;
using System.Text;
using Alba;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.Secretariat;
using Governance.Ledger.Secretariat.Papers;
using Governance.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.Tests.Secretariat;

/// <summary>Papers stored by SHA-256 and served by it: to the public when tabled for a public item, otherwise only to
/// those who may see the meeting; checked for size and content type; never served once altered outside the ledger.</summary>
[Collection(LedgerCollection.Name)]
public class papers_stored_by_hash(LedgerApp ledger)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task<HttpResponseMessage> DownloadAsync(string sha256, string? token = null) =>
        await (token is null ? ledger.Host.Server.CreateClient() : ledger.Host.ClientFor(token)).GetAsync($"/api/papers/{sha256}");

    [Fact]
    public async Task a_paper_of_a_public_item_is_downloadable_by_anyone_by_its_hash_and_only_as_a_download()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.AgendaItemAsync(await scenario.MeetingAsync("2017-07-01"), "1", "Urgent care hub");
        var sha256 = await PaperUploads.StoreAsync(ledger.Host, Pdf, "application/pdf");
        sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Pdf)));
        (await DownloadAsync(sha256)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nobody may download a paper not yet tabled");

        await ledger.Host.Records($"/api/meetings/{meeting.Id}/agenda/1/papers", new
        {
            title = "Urgent care hub: business case", sha256, fileName = "business-case.pdf", tabledOn = "2017-06-20",
            version = meeting.Version, source = SecretaryScenario.Minutes,
        });

        var response = await DownloadAsync(sha256);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe("business-case.pdf");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.ETag!.Tag.ShouldBe($"\"{sha256}\"");
    }

    [Fact]
    public async Task a_paper_of_a_private_item_is_refused_to_the_public_and_served_to_the_auditor()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.AgendaItemAsync(await scenario.MeetingAsync("2017-07-01"), "5", "Contract award", isPrivate: true);
        var (_, _, sha256) = await scenario.TableAsync(meeting, "5", "Commercially confidential tender evaluation", "2017-06-25");

        var refused = await DownloadAsync(sha256);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refused.Content.ReadAsStringAsync()).ShouldNotContain("tender");
        (await DownloadAsync(sha256, Tokens.For(ledger.Host, "West Yorkshire Secretary", LedgerRoles.Secretary, ["QWO"])))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Nor can another body's secretary publish it by tabling its hash for a public item of their own.
        var other = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var theirs = await other.AgendaItemAsync(await other.MeetingAsync("2017-07-02"), "1", "Anything");
        (await ledger.Host.Refuses($"/api/meetings/{theirs.Id}/agenda/1/papers", new
        {
            title = "Copied", sha256, fileName = "copy.txt", tabledOn = "2017-07-01", version = theirs.Version, source = SecretaryScenario.Minutes,
        }, token: Tokens.For(ledger.Host, "Another secretary", LedgerRoles.Secretary, bodies: [other.Body])))
            .Detail.ShouldBe($"No paper with SHA-256 {sha256} is stored; send its bytes to POST /api/papers first.");
        (await DownloadAsync(sha256)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Nor does a placement row written behind the ledger's back, naming a public item that never had the paper.
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Store(new PaperPlacement($"{sha256}:{theirs.Id}:1", sha256, theirs.Id, "1"));
            session.Store(new PaperPlacement($"{sha256}:{theirs.Id}:minutes", sha256, theirs.Id, PaperPlacement.Minutes));
            await session.SaveChangesAsync();
        }

        (await DownloadAsync(sha256)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the meeting's own events do not bear the placement out");

        var audited = await DownloadAsync(sha256, Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor));
        audited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await audited.Content.ReadAsStringAsync()).ShouldBe("Commercially confidential tender evaluation");
    }

    [Theory]
    [InlineData("application/pdf", "Not a PDF at all", "The file was sent as application/pdf, but is not a PDF.")]
    [InlineData("text/plain", "%PDF-1.4 pretending to be text", "The file is a PDF, but was sent as text/plain. Send it with its own content type.")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "plain words",
        "The file was sent as application/vnd.openxmlformats-officedocument.wordprocessingml.document, but is not a Word, OpenDocument or other zipped document.")]
    public async Task a_paper_whose_bytes_are_not_its_declared_type_is_refused_and_nothing_is_stored(string type, string text, string why)
    {
        var response = await PaperUploads.UploadAsync(ledger.Host, Encoding.ASCII.GetBytes(text), type);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).ShouldContain(why);
        await using var session = ledger.Store.QuerySession();
        (await session.LoadAsync<Ledger.Secretariat.Papers.StoredPaper>(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text)))))
            .ShouldBeNull();
    }

    [Fact]
    public async Task a_paper_over_the_configured_size_is_refused_with_the_limit_in_words()
    {
        var response = await PaperUploads.UploadAsync(ledger.Host, new byte[21 * 1024 * 1024], "application/octet-stream");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("at most 20480 KiB");
    }

    [Fact]
    public async Task a_paper_altered_in_the_database_is_not_served()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.AgendaItemAsync(await scenario.MeetingAsync("2017-07-01"), "1", "Urgent care hub");
        var (_, _, sha256) = await scenario.TableAsync(meeting, "1", $"The business case as tabled ({Guid.NewGuid()})", "2017-06-20");

        await using (var connection = new NpgsqlConnection(ledger.ConnectionString))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand(
                "update governance.mt_doc_storedpaper set data = jsonb_set(data, '{content}', to_jsonb(encode('forged', 'base64'))) where id = @id",
                connection);
            tamper.Parameters.AddWithValue("id", sha256);
            (await tamper.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var response = await DownloadAsync(sha256);
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).ShouldContain("no longer have that SHA-256");
    }
}
