using Alba;
using Governance.Ledger.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Tests.Support;

public static class HttpScenarios
{
    public static async Task<RecordedResponse> Records(this IAlbaHost host, string url, object body)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.IgnoreStatusCode();
        });
        var status = result.Context.Response.StatusCode;
        status.ShouldBeInRange(200, 299, $"POST {url} answered: {await result.ReadAsTextAsync()}");
        return (await result.ReadAsJsonAsync<RecordedResponse>())!;
    }

    public static async Task<ProblemDetails> Refuses(this IAlbaHost host, string url, object body, int status = 400)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });
        return (await result.ReadAsJsonAsync<ProblemDetails>())!;
    }
}
