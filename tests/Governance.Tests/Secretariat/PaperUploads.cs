using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alba;
using Governance.Ledger.Secretariat.Papers;
using Governance.Tests.Support;

namespace Governance.Tests.Secretariat;

/// <summary>Stores a paper's bytes as a secretary's client would: the file as the body, with its own content type.</summary>
public static class PaperUploads
{
    public static async Task<HttpResponseMessage> UploadAsync(IAlbaHost host, byte[] content, string contentType, string? token = null)
    {
        var client = host.ClientFor(token ?? Tokens.AdministratorOf(host));
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync("/api/papers", body);
    }

    public static async Task<string> StoreAsync(IAlbaHost host, byte[] content, string contentType)
    {
        var response = await UploadAsync(host, content, contentType);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PaperStored>())!.Sha256;
    }
}
