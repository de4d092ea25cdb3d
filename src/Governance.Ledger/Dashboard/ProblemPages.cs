using Governance.Ledger.Dashboard.Components;

namespace Governance.Ledger.Dashboard;

/// <summary>Writes a problem as a page (<see cref="ProblemPage"/>) to a browser asking for a page: a GET that accepts
/// HTML, outside <c>/api/</c>. Same status, same title and detail as the ProblemDetails an API client gets.</summary>
public sealed class ProblemPages : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        context.HttpContext.Request is { Method: "GET" or "HEAD" } request &&
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi") &&
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        await Pages.Render<ProblemPage>(new() { ["Problem"] = problem }, problem.Status.Value).ExecuteAsync(context.HttpContext);
    }
}
