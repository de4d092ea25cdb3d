using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alba;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Boards;
using Governance.Tests.Plans;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

/// <summary>
/// A private meeting of a QF7 body records a marker in its title, a declared interest, a resolution (item, text,
/// reasons), a correction and a plan amendment it approves. Every GET operation of the OpenAPI description, with every
/// id it takes filled in (the private meeting's own id among them), and every dashboard page and its data, read by the
/// public and by another footprint's secretary, never shows the marker; an auditor finds it, so the search can fail.
/// </summary>
public class no_private_record_leaks(no_private_record_leaks.APrivateMeeting given) : IClassFixture<no_private_record_leaks.APrivateMeeting>
{
    public const string Marker = "QZX-PRIVATE-7d41";

    public sealed class APrivateMeeting : LedgerApp, IAsyncLifetime
    {
        public Dictionary<string, string> Ids { get; } = [];

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            var board = new BoardScenario(Host);
            var body = await board.ConstituteAsync(footprint: "QF7");
            var scheduled = await Host.Records($"/api/bodies/{body}/meetings",
                new { date = "2017-06-01", @public = false, title = $"Part II {Marker}", source = BoardScenario.Minutes });
            var meeting = new MeetingRef(scheduled.Id, 1);
            var attended = await Host.Records($"/api/meetings/{meeting.Id}/attendance",
                new { present = new[] { "v1", "v2", "v3", "v4", "v5" }, version = 1, source = BoardScenario.Minutes });
            var declared = await Host.Records($"/api/meetings/{meeting.Id}/interests", new
            {
                seatId = "v4", item = $"Contract {Marker}", nature = $"Spouse employed by {Marker}", version = attended.Version,
                source = BoardScenario.Minutes,
            });
            var resolved = await Host.Records($"/api/meetings/{meeting.Id}/resolutions", new
            {
                number = "2017/3", item = $"Contract {Marker}", text = $"Award {Marker}", reasons = $"Because {Marker}",
                votes = new { @for = new[] { "v1", "v2", "v3" }, against = Array.Empty<string>(), abstained = Array.Empty<string>() },
                recused = new[] { "v4" }, outcome = "Passed", version = declared.Version, source = BoardScenario.Minutes,
            });
            await Host.Records($"/api/meetings/{meeting.Id}/corrections", new
            {
                number = "2017/3", field = "text", correct = $"Award to {Marker}", reason = $"Misminuted {Marker}",
                version = resolved.Version, source = BoardScenario.Minutes,
            });
            var plans = new PlanScenario(Host);
            var plan = await plans.DraftAsync("QF7");
            var amendment = await plans.ProposeAsync(plan, 1, "primary-care", 0, text: "Seven-day access.");
            await Host.Records($"/api/plans/{plan}/amendments/{amendment.AmendmentId}/approval",
                PlanScenario.Approval(body, "2017/3", "2017-07-01", amendment.Version, on: "2017-06-02"));

            var otherPlan = await plans.DraftAsync("QWO");
            var otherAmendment = await plans.ProposeAsync(otherPlan, 1, "primary-care", 0, text: "Crisis cafes.");
            Ids["other plan"] = otherPlan;
            Ids["other amendment"] = otherAmendment.AmendmentId;
            Ids["other amendment version"] = otherAmendment.Version.ToString();
            Ids["footprint"] = "QF7";
            Ids["body"] = body;
            Ids["meeting"] = meeting.Id;
            Ids["plan"] = plan;
            Ids["amendment"] = amendment.AmendmentId;
        }
    }

    private IEnumerable<string> Urls()
    {
        var document = JsonNode.Parse(given.Host.Server.CreateClient().GetStringAsync("/openapi/v1.json").GetAwaiter().GetResult())!;
        var gets = document["paths"]!.AsObject().Where(p => p.Value!["get"] is not null).Select(p => p.Key).ToList();
        gets.Count.ShouldBeGreaterThan(25);
        foreach (var path in gets)
        {
            yield return Filled(path, useMeetingForEveryId: false);
            yield return Filled(path, useMeetingForEveryId: true);
        }

        foreach (var page in new[] { "/", "/?asOf=2017-06-01", "/activity", "/footprints/QF7?asOf=2017-12-31&from=2016-01-01" })
            yield return page;
    }

    /// <summary>Fills each placeholder with the id of the record the path is about; the private meeting's id is tried
    /// in every id slot too.</summary>
    private string Filled(string path, bool useMeetingForEveryId) => Regex.Replace(path, @"\{(\w+)\}", match =>
    {
        var name = match.Groups[1].Value;
        var before = path[..match.Index];
        if (useMeetingForEveryId && name.EndsWith("id", StringComparison.OrdinalIgnoreCase)) return given.Ids["meeting"];
        return name switch
        {
            "year" => "2017",
            "n" when before.Contains("/resolutions/") => "3",
            "n" => "1",
            "code" => "RHQ",
            "amendmentId" => given.Ids["amendment"],
            "arrangementId" => "JointCommittee-2017-05-01",
            _ when before.StartsWith("/api/bodies") => given.Ids["body"],
            _ when before.StartsWith("/api/meetings") => given.Ids["meeting"],
            _ when before.StartsWith("/api/plans") => given.Ids["plan"],
            _ => given.Ids["footprint"],
        };
    }) + (path.Contains('?') ? "&" : "?") + "asOf=2017-12-31";

    [Theory]
    [InlineData(null)]
    [InlineData("QWO")]
    public async Task no_get_operation_or_page_shows_the_private_meetings_business(string? otherFootprint)
    {
        var client = otherFootprint is null
            ? given.Host.Server.CreateClient()
            : given.Host.ClientFor(Tokens.For(given.Host, "West Yorkshire Secretary", LedgerRoles.Secretary, [otherFootprint]));
        var read = 0;

        foreach (var url in Urls().Distinct())
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            text.ShouldNotContain(Marker, customMessage: $"{url} ({(int)response.StatusCode})");
            if (response.IsSuccessStatusCode) read++;
        }

        read.ShouldBeGreaterThan(20, "most of the operations answered, so their answers were searched");
    }

    [Fact]
    public async Task another_footprints_record_cannot_cite_the_private_resolution_and_the_refusal_discloses_nothing()
    {
        var secretary = Tokens.For(given.Host, "West Yorkshire Secretary", LedgerRoles.Secretary, ["QWO"]);

        var refused = await given.Host.Refuses(
            $"/api/plans/{given.Ids["other plan"]}/amendments/{given.Ids["other amendment"]}/approval",
            PlanScenario.Approval(given.Ids["body"], "2017/3", "2017-07-01", long.Parse(given.Ids["other amendment version"])),
            token: secretary);

        refused.Detail.ShouldBe($"Body {given.Ids["body"]} is not a body of QWO: a record of a footprint cites resolutions of its own bodies.");
    }

    [Fact]
    public async Task the_public_activity_counts_only_public_business()
    {
        var csv = await given.Host.Server.CreateClient().GetStringAsync("/api/dashboard/activity.csv");

        csv.ShouldNotContain("2017-06");
    }

    [Fact]
    public async Task another_footprints_secretary_writing_to_the_private_meeting_is_told_it_does_not_exist()
    {
        var secretary = Tokens.For(given.Host, "West Yorkshire Secretary", LedgerRoles.Secretary, ["QWO"]);

        var refused = await given.Host.Refuses($"/api/meetings/{given.Ids["meeting"]}/interests",
            new { seatId = "v1", item = "Estates", nature = "Trustee", version = 1, source = BoardScenario.Minutes },
            status: 404, token: secretary);

        refused.Detail!.ShouldNotContain(given.Ids["body"]);
    }

    [Fact]
    public async Task an_auditor_reads_the_same_business_so_the_search_can_find_it()
    {
        var auditor = given.Host.ClientFor(Tokens.For(given.Host, "Ann Auditor", LedgerRoles.Auditor));

        var body = await auditor.GetStringAsync($"/api/bodies/{given.Ids["body"]}?asOf=2017-12-31");

        body.ShouldContain(Marker);
    }
}
