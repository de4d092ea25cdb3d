using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

/// <summary>The dashboard's own stylesheets (its pages', and the minutes') and script, served from the assembly.</summary>
public static class DashboardAssets
{
    [AllowAnonymous]
    [WolverineGet("/dashboard.css", OperationId = "DashboardStylesheet")]
    public static IResult Stylesheet() => Asset("dashboard.css", "text/css; charset=utf-8");

    [AllowAnonymous]
    [WolverineGet("/minutes.css", OperationId = "MinutesStylesheet")]
    public static IResult MinutesStylesheet() => Asset("minutes.css", "text/css; charset=utf-8");

    /// <summary>No icon: a browser asking for one (a feed opened in it, say) is told there is none rather than refused.</summary>
    [AllowAnonymous]
    [WolverineGet("/favicon.ico", OperationId = "NoFavicon")]
    public static IResult Favicon() => TypedResults.NoContent();

    [AllowAnonymous]
    [WolverineGet("/dashboard.js", OperationId = "DashboardScript")]
    public static IResult Script() => Asset("dashboard.js", "text/javascript; charset=utf-8");

    private static IResult Asset(string name, string contentType)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream($"dashboard/{name}")!;
        using var reader = new StreamReader(stream);
        return TypedResults.Content(reader.ReadToEnd(), contentType);
    }
}
