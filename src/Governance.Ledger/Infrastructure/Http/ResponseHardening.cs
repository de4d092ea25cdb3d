namespace Governance.Ledger.Infrastructure.Http;

/// <summary>What every answer carries, and HEAD answered wherever GET is.</summary>
public static class ResponseHardening
{
    /// <summary>The pages load only the ledger's own script and style sheet and may not be framed; no answer is
    /// sniffed as another type; no page tells another site where the reader came from.</summary>
    public static void UseLedgerSecurityHeaders(this WebApplication app) => app.UseSecurityHeaders(
        new HeaderPolicyCollection()
            .AddDefaultSecurityHeaders()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyNoReferrer()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().None();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            }));

    /// <summary>A HEAD request is routed as the GET it asks about; the server sends the headers and no body.</summary>
    public static void UseHeadAsGet(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
        }

        await next();
    });
}
