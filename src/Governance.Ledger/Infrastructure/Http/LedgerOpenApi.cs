namespace Governance.Ledger.Infrastructure.Http;

public static class LedgerOpenApi
{
    /// <summary>The OpenAPI description at /openapi/v1.json, filled from the code's own documentation.</summary>
    public static void AddLedgerOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddOperationTransformer<EndpointDocumentation>();
        options.AddDocumentTransformer<BearerSecurityDocumentation>();
        options.AddOperationTransformer<BearerSecurityDocumentation>();
        // A server's address without the trailing slash, as OpenAPI tools expect.
        options.AddDocumentTransformer((document, _, _) =>
        {
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            return Task.CompletedTask;
        });
    });
}
