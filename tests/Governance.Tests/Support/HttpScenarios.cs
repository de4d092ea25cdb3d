using Alba;
using Governance.Ledger.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Tests.Support;

public static class HttpScenarios
{
    /// <summary>POSTs as an administrator unless another token is given, and expects it recorded.</summary>
    public static async Task<RecordedResponse> Records(this IAlbaHost host, string url, object body, string? token = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.SignedInAs(token ?? Tokens.AdministratorOf(host));
            s.IgnoreStatusCode();
        });
        var status = result.Context.Response.StatusCode;
        status.ShouldBeInRange(200, 299, $"POST {url} answered: {await result.ReadAsTextAsync()}");
        return (await result.ReadAsJsonAsync<RecordedResponse>())!;
    }

    /// <summary>POSTs as an administrator unless another token is given, and expects the status and a ProblemDetails
    /// (with the fields it names, for a request that cannot be read).</summary>
    public static async Task<ValidationProblemDetails> Refuses(this IAlbaHost host, string url, object body, int status = 400,
        string? token = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.SignedInAs(token ?? Tokens.AdministratorOf(host));
            s.StatusCodeShouldBe(status);
        });
        return (await result.ReadAsJsonAsync<ValidationProblemDetails>())!;
    }
}
