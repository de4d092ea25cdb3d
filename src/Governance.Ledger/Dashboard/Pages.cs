using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Dashboard;

/// <summary>A page is a Razor component rendered on the server (no interactivity): the framework encodes every value.</summary>
public static class Pages
{
    public static RazorComponentResult<T> Render<T>(Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };
}
