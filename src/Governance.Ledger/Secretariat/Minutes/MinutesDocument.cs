using System.Text;
using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Dashboard;

namespace Governance.Ledger.Secretariat.Minutes;

/// <summary>Everything the minutes of one meeting are written from, as recorded.</summary>
/// <param name="SeesPrivate">Written for those who may see the whole meeting, withheld register entries included.</param>
public sealed record MinutesRecord(GoverningBody Body, Meeting Meeting, StandingRegister? Register, IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<ChairsAction> Ratified, long Version, bool SeesPrivate)
{
    public IReadOnlyList<ConflictFlag> Conflicts() => StandingRegister.ConflictsAt(Register, Meeting)
        .Where(c => SeesPrivate || !Register!.Find(c.EntryId)!.Withheld).ToList();
}

/// <summary>Draft minutes of a meeting, in the order NHS boards publish them: attendance and quoracy, declarations of
/// interest, each item with its papers and resolutions (votes and recusals), chair's actions ratified, and actions
/// arising. Written only from what the ledger recorded; nothing in it changes between two readings of the same record.</summary>
public static class MinutesDocument
{
    public static string Render(MinutesRecord record)
    {
        var (body, meeting) = (record.Body, record.Meeting);
        var seats = body.SeatsOn(meeting.Date).ToDictionary(s => s.Id);
        string Seat(string id) => seats.TryGetValue(id, out var seat)
            ? seat.Organisation is { } organisation ? $"{seat.Title} ({organisation})" : seat.Title
            : id;
        string Seats(IEnumerable<string> ids) => ids.Any() ? Html.Encode(string.Join("; ", ids.Select(Seat))) : "none";

        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Append($"<title>Minutes: {Html.Encode(body.Name)}, {Html.Date(meeting.Date)}</title>")
            .Append("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/minutes.css\"></head><body><main class=\"minutes\">")
            .Append($"<h1>{Html.Encode(body.Name)}</h1>")
            .Append($"<p class=\"meeting\">Minutes of the meeting {(meeting.Public ? "held in public" : "held in private")} on ")
            .Append($"{Html.Date(meeting.Date)}{(meeting.Title is { } title ? $": {Html.Encode(title)}" : "")}</p>")
            .Append(meeting.MinutesApproval is null
                ? "<p class=\"status draft\">Draft: not yet approved</p>"
                : $"<p class=\"status approved\">Approved at the meeting of {Html.Date(meeting.MinutesApproval.Effective.Date)}" +
                  (meeting.MinutesApproval.MinutesSha256 is { } kept && (record.SeesPrivate || meeting.Agenda.All(i => !i.Private))
                      ? $"; kept as approved under SHA-256 <a href=\"/api/papers/{kept}\"><code>{kept}</code></a></p>"
                      : "</p>"));

        html.Append("<h2>Present</h2>");
        if (meeting.Attendance is { } attendance)
        {
            html.Append($"<p id=\"present\">{Seats(attendance.Present)}</p>")
                .Append($"<h2>Apologies</h2><p id=\"apologies\">{Seats(attendance.Apologies)}</p>")
                .Append($"<p id=\"quoracy\">{Html.Encode(attendance.Quoracy.Reason)}</p>");
        }
        else
        {
            html.Append("<p id=\"present\">Attendance was not recorded.</p>");
        }

        html.Append("<h2>Declarations of interest</h2><ul id=\"declarations\">");
        foreach (var declared in meeting.Interests)
            html.Append($"<li>{Html.Encode(Seat(declared.SeatId))} declared an interest in '{Html.Encode(declared.Item)}': {Html.Encode(declared.Nature)}.</li>");
        foreach (var flag in record.Conflicts())
            html.Append($"<li class=\"flag\">The register shows {Html.Encode(flag.Member)} ({Html.Encode(Seat(flag.SeatId))}) holding an interest in " +
                        $"{Html.Encode(flag.Organisation)}, which item {Html.Encode(flag.ItemNumber)} concerns (advice to the chair).</li>");
        if (meeting.Interests.Count == 0 && record.Conflicts().Count == 0)
            html.Append("<li>None.</li>");
        html.Append("</ul>");

        var papers = meeting.Agenda.SelectMany(i => i.Papers).ToList();
        foreach (var item in meeting.Agenda.OrderBy(i => Version.Parse(i.Number.Contains('.') ? i.Number : i.Number + ".0")))
        {
            html.Append($"<section class=\"item\"><h2>{Html.Encode(item.Number)}. {Html.Encode(item.Title)}</h2>")
                .Append($"<p class=\"lead\">{(item.Private ? "Private item. " : "")}Led by {Html.Encode(item.Lead)}; for {item.Purpose.ToString().ToLowerInvariant()}.</p>");
            if (item.Papers.Count > 0)
                html.Append("<ul class=\"papers\">").Append(string.Concat(item.Papers.Select(p =>
                    $"<li><a href=\"/api/papers/{p.Sha256}\">{Html.Encode(p.Title)}</a>, version {p.Version} of {Html.Date(p.TabledOn)} " +
                    $"({Html.Encode(p.FileName)}, SHA-256 <code>{p.Sha256}</code>)</li>"))).Append("</ul>");
            foreach (var resolution in meeting.Resolutions.Where(r => item.Names(r.Item)))
                html.Append(Resolution(resolution, Seats, papers));
            html.Append("</section>");
        }

        var others = meeting.Resolutions.Where(r => meeting.ItemNamed(r.Item) is null).ToList();
        if (others.Count > 0)
            html.Append("<section class=\"item\"><h2>Other resolutions</h2>").Append(string.Concat(others.Select(r => Resolution(r, Seats, papers))))
                .Append("</section>");

        if (record.Ratified.Count > 0)
            html.Append("<h2>Chair's action ratified</h2><ul id=\"chairs-actions\">").Append(string.Concat(record.Ratified.Select(a =>
                $"<li>{Html.Encode(a.Id)} of {Html.Date(a.TakenOn)}, taken by {Seats(a.TakenBy)}: {Html.Encode(a.Decision)} " +
                $"({Html.Encode(a.Reasons)}); ratified by resolution {Html.Encode(a.Ratification!.Resolution.Number)}" +
                $"{(a.Ratification.AtNextQuorateMeeting ? "" : ", later than the next quorate meeting")}.</li>"))).Append("</ul>");

        html.Append("<h2>Actions arising</h2>");
        html.Append(record.Actions.Count == 0
            ? "<p id=\"actions\">None.</p>"
            : "<table id=\"actions\"><thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Arising from</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th></tr></thead><tbody>" +
              string.Concat(record.Actions.Select(a =>
                  $"<tr><td>{Html.Encode(a.Id)}: {Html.Encode(a.What)}</td><td>{Html.Encode(a.ArisingFrom)}</td><td>{Html.Encode(a.Owner)}</td><td>{Html.Date(a.DueOn)}</td></tr>")) +
              "</tbody></table>");

        return html.Append($"<p class=\"source\">Written by the ledger from version {record.Version} of the meeting's record.</p>")
            .Append("</main></body></html>").ToString();
    }

    private static string Resolution(Resolution resolution, Func<IEnumerable<string>, string> seats, IReadOnlyList<PaperVersion> papers)
    {
        var votes = resolution.Recorded.Votes;
        var html = new StringBuilder($"<div class=\"resolution\"><p><strong>Resolution {Html.Encode(resolution.Number)}</strong> ")
            .Append($"({resolution.Recorded.Outcome.ToString().ToLowerInvariant()}): {Html.Encode(resolution.Text)}</p>");
        if (resolution.Reasons is { } reasons) html.Append($"<p>Reasons: {Html.Encode(reasons)}</p>");
        if (votes.AllVoters().Any())
            html.Append($"<p class=\"votes\">For ({votes.For.Count}): {seats(votes.For)}. Against ({votes.Against.Count}): {seats(votes.Against)}. ")
                .Append($"Abstaining ({votes.Abstained.Count}): {seats(votes.Abstained)}.</p>");
        if (resolution.Recorded.Recused.Count > 0) html.Append($"<p class=\"recused\">Stood aside: {seats(resolution.Recorded.Recused)}.</p>");
        if (resolution.Recorded.Papers is { Count: > 0 } decidedOn)
            html.Append($"<p class=\"decided-on\">Decided on: {string.Join(", ", decidedOn.Select(p => $"{Html.Encode(papers.FirstOrDefault(v => v.PaperId == p.PaperId)?.Title ?? p.PaperId)} version {p.Version}"))}.</p>");
        if (resolution.Rescinded is { } rescinded) html.Append($"<p>Later rescinded by resolution {Html.Encode(rescinded.RescindedBy.Number)}.</p>");
        return html.Append("</div>").ToString();
    }
}
