using Microsoft.Extensions.Primitives;

namespace Governance.Ledger.Dashboard;

/// <summary>
/// The dashboard's pages once named their date <c>date</c>; pages and API now say <c>asOf</c>. A bookmark with the old
/// name would silently show today, so a page asked for with <c>date</c> (and no <c>asOf</c>) is redirected permanently
/// (308) to the same page with the date under its present name, everything else in the address kept.
/// </summary>
public static class OldDateBookmarks
{
    private const string OldName = "date";

    public static void UseOldDateBookmarks(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !request.Path.StartsWithSegments("/api") &&
            request.Query.ContainsKey(OldName) && !request.Query.ContainsKey("asOf"))
        {
            var renamed = QueryString.Create(request.Query.Select(p =>
                new KeyValuePair<string, StringValues>(p.Key == OldName ? "asOf" : p.Key, p.Value)));
            context.Response.Redirect($"{request.PathBase}{request.Path}{renamed}", permanent: true, preserveMethod: true);
            return;
        }

        await next();
    });
}
