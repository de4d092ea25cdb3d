using System.Net;
using System.Text;

namespace Governance.Ledger.Dashboard;

/// <summary>The pages' shared frame: a plain, printable layout with the project's own stylesheet and script.</summary>
public static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static IResult Page(string title, string body)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
            .Append($"<title>{Encode(title)} · STP governance ledger</title>")
            .Append("<link rel=\"stylesheet\" href=\"/dashboard.css\"><script src=\"/dashboard.js\" defer></script>")
            .Append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/england.atom\" title=\"Public decisions, plan changes, consultations and ratings\"></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Append("<header><p class=\"brand\">STP governance ledger</p><nav aria-label=\"Dashboard\"><ul>")
            .Append("<li><a href=\"/\">National picture</a></li><li><a href=\"/activity\">Activity</a></li><li><a href=\"/consultations\">Consultations</a></li><li><a href=\"/plan-changes\">Plan changes</a></li>")
            .Append("<li><a href=\"/feeds/england.atom\">Atom feed</a></li><li><a href=\"/api/open-data\">Open data</a></li>")
            .Append("<li><a href=\"/openapi/v1.json\">API</a></li></ul></nav></header>")
            .Append($"<main id=\"main\">{body}</main></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
