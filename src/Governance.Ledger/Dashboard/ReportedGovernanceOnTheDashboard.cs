using System.Text;
using Governance.Domain.Footprints;

namespace Governance.Ledger.Dashboard;

/// <summary>The leaders, chairs and arrangements the published sources report for a footprint, on its page: who held a
/// post on the date, and the reports the sources give no date for, kept apart from the timeline.</summary>
public static class ReportedGovernanceOnTheDashboard
{
    public static string SourceLink(IFootprintEvent e) =>
        $" <a class=\"provenance\" href=\"{Html.Encode(e.Provenance.Source.Reference)}\">source</a>";

    public static string Section(ReportedGovernance reported)
    {
        var html = new StringBuilder($"<section id=\"leaders\"><h2>Leaders and chairs the sources report as at {Html.Date(reported.AsOf)}</h2>");
        html.Append(reported.Leaders.Count == 0
            ? "<p>No source reports anyone in post by this date.</p>"
            : "<ul>" + string.Concat(reported.Leaders.Select(l =>
                $"<li><strong>{Html.Encode(l.Person)}</strong>, {Html.Encode(l.Role)} ({Html.Encode(Since(l))} {Html.Encode(l.Since)}) " +
                $"<a class=\"provenance\" href=\"{Html.Encode(l.Source)}\">source</a></li>")) + "</ul>");

        var undated = reported.UndatedLeadership.Cast<IFootprintEvent>().Concat(reported.UndatedArrangements).ToList();
        if (undated.Count > 0)
        {
            html.Append("<h3>Reported without a date</h3><p>The sources give no date for these; they are not placed on the timeline.</p><ul id=\"undated\">")
                .Append(string.Concat(undated.Select(e => $"<li>{Html.Encode(TimelineWords.Describe(e))}{SourceLink(e)}</li>")))
                .Append("</ul>");
        }

        return html.Append("</section>").ToString();
    }

    private static string Since(ReportedLeader leader) => leader.Change switch
    {
        LeadershipChange.InPost => "reported in post at",
        LeadershipChange.Designated => "designate from",
        _ => "appointed",
    };
}
